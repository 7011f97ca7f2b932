/**
 * The crash loop of reliability note F-CRASH (target T1), against the real production server:
 * start it on one database (a SQLite file or a PostgreSQL schema), let editors create and save scenarios (and, every few rounds,
 * the national admin import a population file) as fast as answers come, SIGKILL it at a seeded
 * random moment, then check the database with the server down (write-ledger.ts) and go again.
 *
 * The seed fixes each round's kill time and each writer's choices; the exact interleaving still
 * depends on timing, so a replay reproduces the conditions rather than the very same schedule.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { sleep } from '../bench/stats'
import { testStore, type TestStore } from '../helpers/test-db'
import { createFixtureDb, type FixtureDb } from './fixture-db'
import { query, signIn } from './http-api'
import { between, derived } from './random'
import { serverBundle } from './server-bundle'
import { scratchDatabase } from './scratch-database'
import { launchServer, type ServerEntry } from './server-child'
import { WriteLedger, type LedgerCounts } from './write-ledger'
import { importOnce, startEditors, type WriteSession } from './writers'

export interface KillRoundsOptions {
  rounds: number
  seed: number
  /** Writers (editors) saving at once. */
  writers?: number
  /** A population import starts with the writes every this many rounds. */
  importEvery?: number
  /** The kill lands this many ms (uniform, inclusive) after the writes start. */
  killWindowMs?: readonly [number, number]
  /** How to run the server; a bundle built for the run by default. */
  entry?: ServerEntry
  /** The store under test; the test project's (TEST_STORE) by default. */
  store?: TestStore
}

export interface KillRoundsResult {
  seed: number
  /** Rounds completed (all of them unless a problem stopped the run). */
  rounds: number
  counts: LedgerCounts
  /** Acknowledged creates, saves and imports. */
  acknowledged: number
  /** Acknowledged writes not found as acknowledged (a subset of the problems). */
  lost: number
  /** Everything wrong in the first failing round; empty when all rounds passed. */
  problems: string[]
  failedRound: number | null
  /** Rounds whose kill landed while an import awaited its answer. */
  importsInterrupted: number
  /** Spawn to "ready", per start. */
  startMs: number[]
  /** Start, writes, kill and check, per round. */
  roundMs: number[]
  totalMs: number
}

export async function runKillRounds(options: KillRoundsOptions): Promise<KillRoundsResult> {
  const store = options.store ?? testStore()
  // Under the editors' load an import takes about twice as long on PostgreSQL (each statement a
  // round trip, and the pool shared with the editors): the window still lets some answer.
  const { rounds, seed, writers = 4, importEvery = 3 } = options
  const killWindowMs = options.killWindowMs ?? (store === 'postgres' ? [10, 900] : [10, 400])
  const began = performance.now()
  const dir = mkdtempSync(join(tmpdir(), 'coverage2030-kill-'))
  const result: KillRoundsResult = {
    seed,
    rounds: 0,
    counts: { creates: 0, saves: 0, imports: 0, inDoubt: 0, inDoubtLanded: 0 },
    acknowledged: 0,
    lost: 0,
    problems: [],
    failedRound: null,
    importsInterrupted: 0,
    startMs: [],
    roundMs: [],
    totalMs: 0,
  }
  const database = await scratchDatabase(store, dir)
  try {
    const fixture = await createFixtureDb(database.url, writers)
    const entry = options.entry ?? (await serverBundle(dir))
    const ledger = new WriteLedger()
    let cookies: { editors: string[]; admin: string } | null = null
    /** One round; a server that cannot start or a database that cannot be opened is a problem too. */
    const playRound = async (round: number): Promise<string[]> => {
      const server = await launchServer({ databaseUrl: fixture.databaseUrl, entry })
      result.startMs.push(server.readyMs)
      try {
        // Sessions are rows in the database too: signed in once, they must survive every crash.
        cookies ??= {
          editors: await Promise.all(fixture.editors.map((a) => signIn(server.url, a))),
          admin: await signIn(server.url, fixture.nationalAdmin),
        }
        const session: WriteSession = {
          url: server.url,
          fixture,
          ledger,
          seed,
          round,
          problems: [],
          ...cookies,
        }
        const killAfter = between(derived(seed, round), killWindowMs[0], killWindowMs[1])
        const editors = startEditors(session)
        const importing = round % importEvery === 0 ? importOnce(session) : Promise.resolve(false)
        await sleep(killAfter)
        await server.kill()
        await editors.ended
        if (await importing) result.importsInterrupted += 1
        return [...session.problems, ...(await ledger.verify(fixture.databaseUrl))]
      } finally {
        await server.kill()
      }
    }
    for (let round = 1; round <= rounds; round++) {
      const t0 = performance.now()
      const problems = await playRound(round).catch((error: unknown) => [
        `round ${round} could not run: ${error instanceof Error ? error.message : String(error)}`,
      ])
      result.roundMs.push(performance.now() - t0)
      result.rounds = round
      if (problems.length > 0) {
        result.problems = problems
        result.failedRound = round
        break
      }
    }
    if (result.failedRound === null) result.problems = await finalCheck(fixture, entry, ledger)
    result.counts = { ...ledger.counts }
    result.acknowledged = ledger.acknowledged
    result.lost = result.problems.filter((p) => p.startsWith('lost')).length
  } finally {
    await database.drop()
    rmSync(dir, { recursive: true, force: true })
  }
  result.totalMs = performance.now() - began
  return result
}

/**
 * After the last crash: a normal start, each editor's list shows their acknowledged scenarios
 * at the acknowledged version, a graceful stop (SIGTERM), and the database checked once more.
 */
async function finalCheck(
  fixture: FixtureDb,
  entry: ServerEntry,
  ledger: WriteLedger,
): Promise<string[]> {
  const problems: string[] = []
  const server = await launchServer({ databaseUrl: fixture.databaseUrl, entry })
  try {
    for (const [index, account] of fixture.editors.entries()) {
      const cookie = await signIn(server.url, account)
      const listed = await query<{ id: string; version: number }[]>(
        server.url,
        'scenario.list',
        undefined,
        cookie,
      )
      const versions = new Map((listed.data ?? []).map((s) => [s.id, s.version]))
      for (const s of ledger.owned(index)) {
        if (versions.get(s.id) !== s.version) {
          problems.push(
            `after restart, ${account.email} sees scenario ${s.id} at version ${versions.get(s.id)}, not ${s.version}`,
          )
        }
      }
    }
  } finally {
    await server.stop()
  }
  return [...problems, ...(await ledger.verify(fixture.databaseUrl))]
}
