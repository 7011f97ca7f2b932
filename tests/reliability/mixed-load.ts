/**
 * A mixed read/write load on the production server (issue #7, deliverable 2; reliability note
 * T13/T14): autocannon, no think time, mostly reads — scenario.run for random ICBs and budget
 * caps (so a response cache cannot answer all of them), area.summary, teams.list — and about one
 * request in ten a save by one of several signed-in editors, each carrying a unique marker.
 *
 * Every save is told to a WriteLedger; after a graceful stop the database is checked, so
 * "no lost writes" means every acknowledged save is there with its content and audit row.
 * The server's event-loop delay is measured inside it (event-loop-probe.ts) over the load window.
 *
 * With `processes` > 1 that many servers share one database (PostgreSQL, as deployed behind a
 * load balancer), each taking an equal share of the connections, so a save and the reads after
 * it may land on different processes.
 */
import autocannon from 'autocannon'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { readEventLoopDelay, EVENT_LOOP_PROBE, type EventLoopDelay } from './event-loop'
import { testStore, type TestStore } from '../helpers/test-db'
import { createFixtureDb } from './fixture-db'
import { mutate, mutationHeaders, queryPath, signIn } from './http-api'
import { between, derived, pick } from './random'
import { scratchDatabase } from './scratch-database'
import { launchServer, type ServerChild } from './server-child'
import { WriteLedger, type ScenarioContent } from './write-ledger'
import { scenarioContent } from './writers'

export interface MixedLoadOptions {
  connections: number
  seconds: number
  /** Share of requests that are saves. */
  writeShare?: number
  seed?: number
  /** Seconds of the same load before measuring (JIT, caches), not counted. */
  warmUpSeconds?: number
  /** Node flags for the server, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/profiles']. */
  serverNodeArgs?: string[]
  /** The store; the test project's (TEST_STORE) by default. */
  store?: TestStore
  /** Server processes on the one database (default 1). */
  processes?: number
}

export interface MixedLoadResult {
  connections: number
  seconds: number
  /** Answered requests in the measured window, by kind, with their latencies (ms). */
  latency: { all: number[]; reads: number[]; writes: number[] }
  requestsPerSecond: number
  /** Answers by status class, e.g. { '2xx': 1234 }. */
  statuses: Record<string, number>
  serverErrors: number
  /** Socket errors and timeouts (no answer at all). */
  noAnswer: number
  /** Saves acknowledged (warm-up included), and those still unanswered when the load stopped. */
  acknowledgedSaves: number
  inDoubt: number
  /** Acknowledged saves not found in the database afterwards. */
  lostWrites: number
  /** Everything wrong: unexpected answers (first 10) and the database check. */
  problems: string[]
  /** The server process whose event loop was late the most (by p99). */
  eventLoop: EventLoopDelay
  processes: number
}

const EDITORS = 6
const SCENARIOS_PER_EDITOR = 8

type Kind = 'read' | 'write'

interface Context {
  kind?: Kind
  started?: number
  id?: string
  content?: ScenarioContent
}

export async function runMixedLoad(options: MixedLoadOptions): Promise<MixedLoadResult> {
  const { connections, seconds, writeShare = 0.1, seed = 2030, warmUpSeconds = 2 } = options
  const processes = options.processes ?? 1
  const dir = mkdtempSync(join(tmpdir(), 'coverage2030-load-'))
  const database = await scratchDatabase(options.store ?? testStore(), dir)
  try {
    const fixture = await createFixtureDb(database.url, EDITORS)
    // Started exactly as `npm run serve` (tsx), with the event-loop probe preloaded.
    const servers: ServerChild[] = []
    for (let i = 0; i < processes; i++) {
      servers.push(
        await launchServer({
          databaseUrl: fixture.databaseUrl,
          entry: { kind: 'tsx' },
          preload: [EVENT_LOOP_PROBE],
          nodeArgs: options.serverNodeArgs,
        }),
      )
    }
    const server = servers[0]!
    const ledger = new WriteLedger()
    const problems: string[] = []
    let tally: ReturnType<typeof newTally>
    let eventLoop: EventLoopDelay
    try {
      const cookies = await Promise.all(fixture.editors.map((a) => signIn(server.url, a)))
      const random = derived(seed, 0)
      // Each editor's scenarios; a save picks one that has no save in flight, so none conflict.
      const pool: { id: string; owner: number }[] = []
      for (const [owner, cookie] of cookies.entries()) {
        for (let i = 0; i < SCENARIOS_PER_EDITOR; i++) {
          const content = scenarioContent(random, `load-${owner}-${i}-v1`, fixture.icbCodes)
          const reply = await mutate<{ id: string }>(server.url, 'scenario.create', content, cookie)
          if (!reply.data) throw new Error(`creating the scenario pool answered ${reply.status}`)
          ledger.acknowledgeCreate(owner, reply.data.id, 1, content)
          pool.push({ id: reply.data.id, owner })
        }
      }
      const areas = [...fixture.icbCodes, ...fixture.authorities.map((a) => a.code)]
      const inFlight = new Set<string>()
      let saves = 0
      tally = newTally()
      /** Requests to one server (its own origin on the saves, as its pages would send). */
      const requestTo =
        (url: string) =>
        (req: autocannon.Request, context: Context): autocannon.Request => {
          context.started = performance.now()
          const cookie = pick(random, cookies)
          const free = random() < writeShare ? pool.find((s) => !inFlight.has(s.id)) : undefined
          if (free) {
            const version = ledger.owned(free.owner).find((s) => s.id === free.id)!.version
            const content = scenarioContent(random, `load-save-${++saves}`, fixture.icbCodes)
            inFlight.add(free.id)
            ledger.sendingSave(free.id, content)
            Object.assign(context, { kind: 'write', id: free.id, content })
            return {
              ...req,
              method: 'POST',
              path: '/trpc/scenario.save',
              headers: mutationHeaders(url, cookies[free.owner]!),
              body: JSON.stringify({ id: free.id, version, ...content }),
            }
          }
          context.kind = 'read'
          const roll = random()
          const path =
            roll < 0.5
              ? queryPath('scenario.run', {
                  scope: pick(random, fixture.icbCodes),
                  budgetCap: random() < 0.2 ? null : between(random, 1, 60) * 250_000,
                })
              : roll < 0.78
                ? queryPath('area.summary', { code: pick(random, areas) })
                : queryPath('teams.list')
          return { ...req, method: 'GET', path, headers: { cookie }, body: undefined }
        }
      // As a load balancer would: the connections shared out between the processes.
      const shares = servers.map((s, i) => ({
        url: s.url,
        connections: Math.floor(connections / processes) + (i < connections % processes ? 1 : 0),
      }))
      const response = (status: number, body: string, context: Context) => {
        const ms = performance.now() - context.started!
        tally.record(context.kind!, status, ms)
        if (status >= 300 && problems.length < 10) {
          problems.push(`${context.kind} answered ${status}: ${body.slice(0, 200)}`)
        }
        if (context.kind !== 'write') return
        inFlight.delete(context.id!)
        if (status !== 200) return
        const version = (JSON.parse(body) as { result: { data: { version: number } } }).result.data
          .version
        ledger.acknowledgeSave(context.id!, version, context.content!)
      }
      const run = async (duration: number) => {
        const results = await Promise.all(
          shares.map((share) =>
            autocannon({
              url: share.url,
              connections: share.connections,
              duration,
              timeout: 10,
              requests: [{ setupRequest: requestTo(share.url), onResponse: response }],
            }),
          ),
        )
        return results.reduce((sum, r) => sum + r.errors + r.timeouts, 0)
      }
      if (warmUpSeconds > 0) await run(warmUpSeconds)
      tally = newTally()
      for (const s of servers) await readEventLoopDelay(s) // starts each probe's window afresh
      tally.noAnswer = await run(seconds)
      const delays = await Promise.all(servers.map((s) => readEventLoopDelay(s)))
      eventLoop = delays.reduce((worst, d) => (d.p99 > worst.p99 ? d : worst))
    } finally {
      for (const s of servers) await s.stop()
    }
    // What the servers logged says why an answer was a 5xx.
    if (tally.statuses['5xx']) {
      for (const s of servers) problems.push(`server ${s.pid} logged: ${s.stderr().slice(-2000)}`)
    }
    const checked = await ledger.verify(fixture.databaseUrl)
    const ends = tally.latency
    return {
      connections,
      seconds,
      latency: ends,
      requestsPerSecond: ends.all.length / seconds,
      statuses: tally.statuses,
      serverErrors: tally.statuses['5xx'] ?? 0,
      noAnswer: tally.noAnswer,
      acknowledgedSaves: ledger.counts.saves,
      inDoubt: ledger.counts.inDoubt,
      lostWrites: checked.filter((p) => p.startsWith('lost')).length,
      problems: [...problems, ...checked],
      eventLoop,
      processes,
    }
  } finally {
    await database.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}

function newTally() {
  const latency = { all: [] as number[], reads: [] as number[], writes: [] as number[] }
  const statuses: Record<string, number> = {}
  return {
    latency,
    statuses,
    noAnswer: 0,
    record(kind: Kind, status: number, ms: number) {
      const key = `${Math.floor(status / 100)}xx`
      statuses[key] = (statuses[key] ?? 0) + 1
      latency.all.push(ms)
      latency[kind === 'write' ? 'writes' : 'reads'].push(ms)
    },
  }
}
