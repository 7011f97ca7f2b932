/**
 * Issue 14: the same server on PostgreSQL (the machine's, as the tests use it), beside the SQLite
 * figures of the same run. The API at 10 and 50 connections on one process; a scenario save's
 * round trip at 10 connections (target p50 < 20 ms); saves per second with two processes; the
 * mixed load with two processes on one database (target p97.5 within twice SQLite's one-process
 * figure of this run, no 5xx, no lost save); and the kill-and-restart rounds.
 */
import { createScratchSchema, postgresReachable, TEST_POSTGRES_URL } from '../helpers/postgres-url'
import { runMixedLoad } from '../reliability/mixed-load'
import { ENDPOINTS, load } from './api'
import { config } from './config'
import { benchDurability } from './durability'
import { benchLoad, loadSeconds } from './load'
import { startServer } from './server-process'
import { quantile, summarise } from './stats'
import type { Report, Row } from './table'

const SECTION = 'postgres'
const CONNECTIONS = [10, 50] as const
/** Seconds of saves only, for the round trip and the rate. */
const saveSeconds = () => Number(process.env.BENCH_SAVE_SECONDS) || (config.quick ? 3 : 10)
/** Fewer than SQLite's 200: a PostgreSQL round restarts slower (KILL_ROUNDS_POSTGRES overrides). */
const killRounds = () => Number(process.env.KILL_ROUNDS_POSTGRES) || (config.quick ? 10 : 60)

export async function benchPostgres(report: Report): Promise<Row[]> {
  if (!(await postgresReachable())) {
    throw new Error(`PostgreSQL does not answer at ${new URL(TEST_POSTGRES_URL).host}`)
  }
  const sqliteRow = (section: string, name: string) =>
    report.rows.find((r) => r.section === section && r.name === name)
  const rows = [...(await apiRows(sqliteRow)), ...(await saveRows())]

  // The load's target is relative to SQLite's figure of this very run: measured now if the
  // load part did not run (BENCH_ONLY=postgres).
  const seconds = loadSeconds()
  const sqliteName = `mixed reads + ~10% saves, 50 conn, ${seconds} s: p97.5 latency`
  const sqlite =
    sqliteRow('load', sqliteName) ??
    (await benchLoad({ seconds, section: SECTION })).find((r) => r.name === sqliteName)!
  if (!report.rows.includes(sqlite)) {
    rows.push({ ...sqlite, name: `SQLite, 1 process (the baseline): ${sqlite.name}` })
  }
  rows.push(
    ...(await benchLoad({
      seconds,
      store: 'postgres',
      processes: 2,
      section: SECTION,
      p97: { max: 2 * sqlite.value, why: `2× SQLite's one-process ${sqlite.value.toFixed(1)} ms` },
    })),
  )
  rows.push(
    ...(await benchDurability({ rounds: killRounds(), store: 'postgres', section: SECTION })),
  )
  return rows
}

/** The API part's endpoints at 10 and 50 connections, one server on a new PostgreSQL schema. */
async function apiRows(sqliteRow: (section: string, name: string) => Row | undefined) {
  const rows: Row[] = []
  const database = await createScratchSchema()
  try {
    const server = await startServer(database.url)
    try {
      for (const endpoint of ENDPOINTS) {
        await load(server.url, endpoint, 10, config.quick ? 0.5 : 1)
        for (const connections of CONNECTIONS) {
          const name = `api: ${endpoint.name}, ${connections} conn`
          const r = await load(server.url, endpoint, connections, config.apiSeconds)
          const { median, p95 } = summarise(r.latencies)
          const p97 = quantile(r.latencies, 0.975)
          const onSqlite = sqliteRow('api', `${endpoint.name}, ${connections} conn`)
          rows.push({
            section: SECTION,
            name,
            value: median,
            p95,
            unit: 'ms',
            detail:
              `p97.5 ${p97.toFixed(1)} ms; ${Math.round(r.requestsPerSecond)} req/s` +
              (onSqlite
                ? `; SQLite p50 ${onSqlite.value.toFixed(2)}, p97.5 ${onSqlite.extra?.p97_5?.toFixed(1)} ms`
                : '') +
              (r.errors ? `; ${r.errors} errors` : ''),
            extra: { p97_5: p97, requestsPerSecond: r.requestsPerSecond, errors: r.errors },
          })
        }
      }
    } finally {
      await server.stop()
    }
  } finally {
    await database.drop()
  }
  return rows
}

/** Saves only (every request a save of a scenario with none in flight, so none conflicts). */
async function saveRows(): Promise<Row[]> {
  const seconds = saveSeconds()
  const saves = (store: 'sqlite' | 'postgres', connections: number, processes: number) =>
    runMixedLoad({ connections, seconds, writeShare: 1, warmUpSeconds: 1, store, processes })
  const roundTrip = await saves('postgres', 10, 1)
  const twoProcesses = await saves('postgres', 20, 2)
  const sqlite = await saves('sqlite', 20, 1)
  const rate = (r: typeof sqlite) => r.latency.writes.length / seconds
  const checked = (r: typeof sqlite) =>
    `${r.serverErrors} 5xx, ${r.lostWrites} lost` +
    (r.problems.length ? `; problems: ${r.problems.slice(0, 2).join(' | ')}` : '')
  const { median, p95 } = summarise(roundTrip.latency.writes)
  return [
    {
      section: SECTION,
      name: 'scenario save round trip, 10 conn, 1 process',
      value: median,
      p95,
      unit: 'ms',
      target: { max: 20, on: 'median' },
      detail:
        `p97.5 ${quantile(roundTrip.latency.writes, 0.975).toFixed(1)} ms; ` +
        `${Math.round(rate(roundTrip))} saves/s; ${checked(roundTrip)}`,
    },
    {
      section: SECTION,
      name: 'saves per second, 20 conn, 2 processes',
      value: rate(twoProcesses),
      unit: 'saves/s',
      detail:
        `p50 ${quantile(twoProcesses.latency.writes, 0.5).toFixed(1)} ms; ${checked(twoProcesses)}; ` +
        `SQLite, 1 process, 20 conn: ${Math.round(rate(sqlite))} saves/s, ` +
        `p50 ${quantile(sqlite.latency.writes, 0.5).toFixed(1)} ms`,
      extra: { sqliteSavesPerSecond: rate(sqlite) },
    },
  ]
}
