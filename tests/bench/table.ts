import { join } from 'node:path'
/**
 * One row per figure, printed as a single table and saved as JSON. A target applies to one
 * statistic (usually the median; the edit-to-chart target is on the p95), so each row says which.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'

export interface Row {
  section: string
  name: string
  /** The median (or the single value when there is no spread, e.g. a size). */
  value: number
  p95?: number
  unit: string
  target?: { max: number; on: 'median' | 'p95' }
  /** Extra figures shown in the last column and kept in the JSON (e.g. p97.5, p99, req/s). */
  detail?: string
  extra?: Record<string, number>
}

export interface Report {
  date: string
  node: string
  cores: number
  cpu: string
  /** 1-minute load average when the run began: other work on the machine skews every figure. */
  load: number
  quick: boolean
  command: string
  rows: Row[]
}

export const RESULTS_DIR = 'bench-results'
const LATEST = `${RESULTS_DIR}/latest.json`
const PREVIOUS = `${RESULTS_DIR}/previous.json`

export function newReport(quick: boolean): Report {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    load: loadavg()[0] ?? NaN,
    quick,
    command: quick ? 'BENCH_QUICK=1 npm run bench' : 'npm run bench',
    rows: [],
  }
}

/** Last run's figures become the baseline of this one: latest.json → previous.json. */
/** A partial run (BENCH_ONLY) compares with the last full run but does not replace it. */
export function rotateResults(partial = false): Report | undefined {
  mkdirSync(RESULTS_DIR, { recursive: true })
  if (partial)
    return existsSync(LATEST) ? (JSON.parse(readFileSync(LATEST, 'utf8')) as Report) : undefined
  if (existsSync(LATEST)) renameSync(LATEST, PREVIOUS)
  if (!existsSync(PREVIOUS)) return undefined
  try {
    return JSON.parse(readFileSync(PREVIOUS, 'utf8')) as Report
  } catch {
    return undefined
  }
}

export function saveReport(report: Report, partial = false) {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file = partial ? join(RESULTS_DIR, 'partial.json') : LATEST
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  return file
}

export function passes(row: Row): boolean | undefined {
  if (!row.target) return undefined
  const v = row.target.on === 'p95' ? row.p95 : row.value
  return v !== undefined && Number.isFinite(v) && v < row.target.max
}

function fmt(n: number | undefined): string {
  if (n === undefined) return ''
  if (!Number.isFinite(n)) return 'n/a'
  const abs = Math.abs(n)
  if (abs >= 1000) return Math.round(n).toLocaleString('en-GB')
  if (abs >= 100) return n.toFixed(0)
  if (abs >= 10) return n.toFixed(1)
  if (abs >= 1) return n.toFixed(2)
  return n.toFixed(3)
}

function change(row: Row, previous: Report | undefined): string {
  const before = previous?.rows.find((r) => r.section === row.section && r.name === row.name)
  if (
    !before ||
    !Number.isFinite(before.value) ||
    before.value === 0 ||
    !Number.isFinite(row.value)
  ) {
    return ''
  }
  const pct = ((row.value - before.value) / before.value) * 100
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(0)}%`
}

/** The whole report as a plain-text table (also pasted into the README as it is). */
export function formatTable(report: Report, previous?: Report): string {
  // 'vs last' only when there is a previous run to compare with.
  const header = ['figure', 'median', 'p95', 'unit', 'target', 'ok', 'vs last', 'detail']
  const keep = (_: string, i: number) => i !== 6 || previous !== undefined
  const leftAligned = new Set(['figure', 'unit', 'target', 'detail'])
  const lines: string[][] = [header.filter(keep)]
  let section = ''
  const sectionAt: number[] = []
  for (const row of report.rows) {
    if (row.section !== section) {
      section = row.section
      sectionAt.push(lines.length)
    }
    const ok = passes(row)
    const cells = [
      `${row.section}: ${row.name}`,
      fmt(row.value),
      fmt(row.p95),
      row.unit,
      row.target ? `${row.target.on === 'p95' ? 'p95' : ''} < ${fmt(row.target.max)}`.trim() : '',
      ok === undefined ? '' : ok ? 'pass' : 'FAIL',
      change(row, previous),
      row.detail ?? '',
    ]
    lines.push(cells.filter(keep))
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)))
  const render = (cells: string[]) =>
    cells
      .map((c, i) =>
        leftAligned.has(lines[0]![i]!) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!),
      )
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  const out = [
    `Coverage 2030 benchmark, ${report.date.slice(0, 16).replace('T', ' ')} UTC — ` +
      `${report.cores} cores (${report.cpu}), Node ${report.node}, ` +
      `load average ${report.load.toFixed(1)} at start${report.quick ? ', QUICK run' : ''}`,
    render(lines[0]!),
    rule,
  ]
  lines.slice(1).forEach((cells, i) => {
    if (i > 0 && sectionAt.includes(i + 1)) out.push('')
    out.push(render(cells))
  })
  const failed = report.rows.filter((r) => passes(r) === false).length
  const targeted = report.rows.filter((r) => r.target).length
  out.push(rule, `${targeted - failed} of ${targeted} targets met.`)
  return out.join('\n')
}
