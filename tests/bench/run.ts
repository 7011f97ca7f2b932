/**
 * `npm run bench`: every performance figure of the project in one table, saved to
 * bench-results/latest.json and compared with the previous run. BENCH_QUICK=1 for a smoke run.
 *
 * Order matters on a 2-core machine: the in-process engine figures come first (nothing else
 * running), then start-up, then one production server takes the API load and afterwards the
 * browser, so the load generator, server and Chromium never compete with another server.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { loadModelData } from '../../db/model-data'
import { createTestDb } from '../helpers/test-db'
import { benchApi } from './api'
import { editRows, firstLoadAssets, lcpRows, withBrowser } from './browser'
import { bundleRows, CLIENT_DIR } from './bundle'
import { config } from './config'
import { benchDurability } from './durability'
import { benchEngine } from './engine'
import { benchLeastCost } from './least-cost'
import { benchLoad } from './load'
import { benchPostgres } from './postgres'
import { benchUncertainty } from './uncertainty'
import { startServer } from './server-process'
import { benchStartup, tempDir } from './startup'
import { formatTable, newReport, rotateResults, saveReport, type Row } from './table'

const report = newReport(config.quick)
const previous = rotateResults(Boolean(process.env.BENCH_ONLY))
const failures: string[] = []
const began = performance.now()

/** BENCH_ONLY=browser,engine runs only the parts whose names start with one of these. */
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean)

/** One failing part (no Chromium, a page not built yet) must not lose the other figures. */
async function part(name: string, fn: () => Promise<Row[]>) {
  if (only && !only.some((prefix) => name.startsWith(prefix))) return
  const t0 = performance.now()
  process.stderr.write(`bench: ${name}…`)
  try {
    report.rows.push(...(await fn()))
    process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(0)} s\n`)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    failures.push(`${name}: ${message}`)
    process.stderr.write(` failed: ${message}\n`)
  }
}

/** The newest modification time under a folder (the client sources). */
function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

// A bundle figure from a stale build would measure old code: build when missing or out of date.
const index = join(CLIENT_DIR, 'index.html')
if (!existsSync(index) || newest('client') > statSync(index).mtimeMs) {
  process.stderr.write('bench: building the client (npx vite build)…\n')
  try {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
  } catch {
    // A half-edited client must not stop the other figures; the summary says the build is old.
    failures.push('client build failed: bundle and browser figures are of the previous build')
  }
}

/** The real model data, loaded once for the in-process parts. */
const modelData = await (async () => {
  const db = await createTestDb()
  try {
    return await loadModelData(db)
  } finally {
    await db.destroy()
  }
})()

await part('engine', async () => {
  const [uk, icb] = benchEngine(modelData)
  return [
    { ...uk!, label: 'whole UK, all years', max: 5 },
    { ...icb!, label: 'one ICB E54000048', max: 1 },
  ].map((r) => ({
    section: 'engine',
    name: r.label,
    value: r.median,
    p95: r.p95,
    unit: 'ms',
    target: { max: r.max, on: 'median' as const },
    detail: `${r.runs} runs in-process after warm-up`,
  }))
})

await part('ranges', () => benchUncertainty(modelData))
await part('least-cost', () => benchLeastCost(modelData))

const temp = tempDir()
try {
  let seededDb = ''
  await part('start-up', async () => {
    const result = await benchStartup(temp.dir)
    seededDb = result.seededDb
    return result.rows
  })
  const server = await startServer(seededDb || join(temp.dir, 'bench.sqlite'))
  try {
    await part('api', async () => {
      const rows = await benchApi(server.url)
      // VmHWM is the peak over the process's life, read right after the heaviest load.
      rows.push({
        section: 'api',
        name: 'server peak RSS after the API load',
        value: server.peakRssMb(),
        unit: 'MB',
        detail: "VmHWM of the server's own node process",
      })
      return rows
    })
    await withBrowser(async (browser) => {
      await part('bundle', async () => {
        const { scripts, styles } = await firstLoadAssets(browser, server.url)
        return bundleRows(scripts, styles)
      })
      await part('browser: LCP', () => lcpRows(browser, server.url))
      await part('browser: edit-to-chart', () => editRows(browser, server.url))
    }).catch((error: unknown) => {
      failures.push(
        `browser: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      )
    })
  } finally {
    await server.stop()
  }
} finally {
  temp.cleanup()
}

// Each starts its own server and database, so they come after the shared server has stopped.
await part('load', () => benchLoad())
await part('durability', () => benchDurability())
// Last: its figures sit beside the SQLite ones above, and its load target is relative to them.
await part('postgres', () => benchPostgres(report))

const saved = saveReport(report, Boolean(process.env.BENCH_ONLY))
console.log(formatTable(report, previous))
if (previous)
  console.log(`Changes ("vs last") are of the median against ${previous.date.slice(0, 16)} UTC.`)
console.log(`Saved ${saved} in ${((performance.now() - began) / 1000).toFixed(0)} s.`)
if (failures.length) {
  console.log(`Not measured:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
}
