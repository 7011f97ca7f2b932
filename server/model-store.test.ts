import type { AddressInfo } from 'node:net'
import type { Kysely } from 'kysely'
import { afterAll, beforeEach, expect, test } from 'vitest'
import { importPopulationCsv } from '../db/import-population'
import { readModelRevision } from '../db/repositories/model-revision'
import { closeTeam } from '../db/repositories/team-register'
import type { Database } from '../db/schema'
import { testClock } from '../tests/helpers/test-clock'
import { createTestDb } from '../tests/helpers/test-db'
import { addOrganisation, addUser } from '../tests/helpers/test-users'
import { createApp } from './app'
import { createModelStore } from './model-store'
import { createResultCache } from './result-cache'

/*
 * Two server processes on one database, each with its own model and cached answers: a change
 * made through one is seen by the other at its next request. (Each store here stands for one
 * process; tests/reliability/two-processes.test.ts runs two real ones.)
 */

let db: Kysely<Database>
beforeEach(async () => {
  db = await createTestDb()
})

const GOOD = 'area_code,mid_year,age_0,age_1\r\nE06000001,2025,1000,1100\r\n'
const importOne = () =>
  importPopulationCsv(db, {
    content: GOOD,
    fileName: 'mid-2025.csv',
    source: 'ONS mid-2025 estimates',
    date: '2026-06-26',
  })

test('an import made elsewhere is loaded at the next sync, and only then', async () => {
  const here = await createModelStore(db, testClock)
  const before = here.current()
  expect(await here.sync()).toBe(before) // nothing changed: the same snapshot
  const outcome = await importOne()
  if (outcome.status !== 'imported') throw new Error(outcome.status)
  expect(here.current()).toBe(before)
  const synced = await here.sync()
  expect(synced.dataVersion).toBe(outcome.version!.id)
  expect(synced.observedMidYears.at(-1)).toBe(2025)
})

test('syncTo: the revision read with the session keeps the snapshot, a newer one loads', async () => {
  const here = await createModelStore(db, testClock)
  const before = here.current()
  expect(await here.syncTo(await readModelRevision(db))).toBe(before)
  const outcome = await importOne()
  if (outcome.status !== 'imported') throw new Error(outcome.status)
  const synced = await here.syncTo(await readModelRevision(db))
  expect(synced).not.toBe(before)
  expect(synced.dataVersion).toBe(outcome.version!.id)
})

test('a teams register change made elsewhere is loaded too', async () => {
  const here = await createModelStore(db, testClock)
  const revision = await readModelRevision(db)
  const org = await addOrganisation(db, 'Parent-infant national programme', 'national')
  const editor = await addUser(db, org, 'editor')
  const actor = { userId: editor.id, organisationId: org.id }
  await closeTeam(
    db,
    actor,
    { id: 'oxpip', version: 1 },
    { closedDate: '2026-12-01', reason: 'x' },
    new Date(),
  )
  expect(await readModelRevision(db)).toBe(revision + 1)
  const team = (await here.sync()).teams.find((t) => t.id === 'oxpip')
  expect(team?.status).toBe('closed')
})

test('many requests at once after a change all see it, from a couple of reads', async () => {
  const here = await createModelStore(db, testClock)
  await importOne()
  const seen = await Promise.all(Array.from({ length: 50 }, () => here.sync()))
  expect(new Set(seen.map((d) => d.dataVersion)).size).toBe(1)
  expect(seen[0]!.observedMidYears.at(-1)).toBe(2025)
})

const servers: { close(): void }[] = []
afterAll(() => servers.forEach((s) => s.close()))

async function serve(): Promise<string> {
  const store = await createModelStore(db, testClock)
  const app = createApp({ db, store, resultCache: createResultCache(), log: () => undefined })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

test('a cached answer in one process is dropped when another one imports', async () => {
  const [one, two] = [await serve(), await serve()]
  const input = encodeURIComponent(JSON.stringify({ code: 'E06000001' }))
  const summary = async (base: string) => {
    const response = await fetch(`${base}/trpc/area.summary?input=${input}`)
    return JSON.stringify(await response.json())
  }
  const cached = await summary(two)
  expect(await summary(two)).toBe(cached) // answered from two's cache
  // An import made through the first process's API would do the same; so does the command line.
  await importOne()
  const fresh = await summary(two)
  expect(fresh).not.toBe(cached)
  expect(fresh).toBe(await summary(one))
})
