/**
 * Start-up figures, each from spawning the server to its first GET /healthz 200 (so they include
 * Node and tsx loading the TypeScript): the first-ever start on an empty database file (create,
 * migrate, seed) and a cold start on a database that is already seeded.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { config } from './config'
import { startServer } from './server-process'
import { summarise } from './stats'
import type { Row } from './table'

/** A temporary folder for databases; remove it with cleanup() when the benchmark is over. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'coverage2030-bench-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Returns the rows and the path of a seeded database for the rest of the benchmark. */
export async function benchStartup(dir: string): Promise<{ rows: Row[]; seededDb: string }> {
  const first: number[] = []
  let seededDb = ''
  for (let i = 0; i < config.firstStarts; i++) {
    seededDb = join(dir, `first-${i}.sqlite`)
    const server = await startServer(seededDb)
    first.push(server.readyMs)
    await server.stop()
  }
  const cold: number[] = []
  for (let i = 0; i < config.coldStarts; i++) {
    const server = await startServer(seededDb)
    cold.push(server.readyMs)
    await server.stop()
  }
  const f = summarise(first)
  const c = summarise(cold)
  return {
    seededDb,
    rows: [
      {
        section: 'start-up',
        name: 'cold start, seeded database → /healthz 200',
        value: c.median,
        p95: c.n >= 5 ? c.p95 : undefined,
        unit: 'ms',
        target: { max: 3000, on: 'median' },
        detail: `${c.n} starts; max ${Math.max(...cold).toFixed(0)} ms`,
      },
      {
        section: 'start-up',
        name: 'first start, empty database (migrate + seed)',
        value: f.median,
        unit: 'ms',
        target: { max: 15000, on: 'median' },
        detail: `${f.n} starts; max ${Math.max(...first).toFixed(0)} ms`,
      },
    ],
  }
}
