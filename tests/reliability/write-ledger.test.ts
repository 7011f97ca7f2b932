import { sql, type Kysely } from 'kysely'
import { beforeEach, describe, expect, test } from 'vitest'
import { currentDataVersion } from '../../db/repositories/data-versions'
import { createScenario, saveScenario, type Actor } from '../../db/repositories/scenarios'
import type { Database } from '../../db/schema'
import { createTestDb } from '../helpers/test-db'
import { addOrganisation, addUser } from '../helpers/test-users'
import { WriteLedger, type ScenarioContent } from './write-ledger'

/*
 * The durability and load tests pass only if this checker can fail: each case breaks the
 * database the way a lost or half-applied write would, and expects the problem to be named.
 */

let db: Kysely<Database>
let actor: Actor
/** Saved scenarios name the data version they were run on (a foreign key). */
const VERSIONS = { dataVersion: '', modelVersion: 'test' }

// Each case breaks a database of its own.
beforeEach(async () => {
  db = await createTestDb()
  const org = await addOrganisation(db, 'Lancashire and South Cumbria ICB')
  const editor = await addUser(db, org, 'editor', { email: 'editor1@reliability.test' })
  actor = { userId: editor.id, organisationId: org.id, role: 'editor' }
  VERSIONS.dataVersion = (await currentDataVersion(db)).id
})

const content = (name: string, budgetCap: number | null = 1_000_000): ScenarioContent => ({
  name,
  settings: { scope: 'E54000048', budgetCap },
  rationale: { budgetCap: `note ${name}` },
})

/** Writes through the repositories (as the server does) and tells the ledger, as a client would. */
async function write(ledger: WriteLedger, name: string, saves: number) {
  const first = content(name)
  const created = await createScenario(db, actor, first, VERSIONS, new Date(), {
    action: 'scenario.create',
    summary: 'test',
  })
  ledger.acknowledgeCreate(0, created.id, 1, first)
  for (let v = 1; v <= saves; v++) {
    const next = content(name, 1_000_000 + v)
    await saveScenario(db, actor, { id: created.id, version: v }, next, VERSIONS, new Date())
    ledger.acknowledgeSave(created.id, v + 1, next)
  }
  return created.id
}

/** A change behind the app's back (the audit log's triggers refuse to be part of it). */
const tamper = (statement: ReturnType<typeof sql>) => statement.execute(db)

describe('WriteLedger.verify', () => {
  test('passes a file that holds every acknowledged write', async () => {
    const ledger = new WriteLedger()
    await write(ledger, 'intact', 2)
    expect(await ledger.verify(db)).toEqual([])
  })

  test('names an acknowledged save that is not there', async () => {
    const ledger = new WriteLedger()
    const id = await write(ledger, 'rolled back', 2)
    await tamper(sql`update scenarios set version = 2 where id = ${id}`)
    expect(await ledger.verify(db)).toContainEqual(
      `lost: scenario ${id} is at version 2, acknowledged 3`,
    )
  })

  test('names an acknowledged scenario that has gone, and its orphaned audit rows', async () => {
    const ledger = new WriteLedger()
    const id = await write(ledger, 'vanished', 0)
    await tamper(sql`delete from scenarios where id = ${id}`)
    const problems = await ledger.verify(db)
    expect(problems).toContainEqual(`lost: scenario ${id} (acknowledged version 1)`)
    expect(problems).toContainEqual(
      `audit: scenario ${id} has audit versions [1] but is at version none`,
    )
  })

  test('names content that differs from what was acknowledged', async () => {
    const ledger = new WriteLedger()
    const id = await write(ledger, 'altered', 1)
    await tamper(sql`update scenarios set name = 'something else' where id = ${id}`)
    expect(await ledger.verify(db)).toContainEqual(
      `altered: scenario ${id} version 2 differs from what was acknowledged`,
    )
  })

  test('accepts an unanswered save that committed whole, and an unanswered create that did not', async () => {
    const ledger = new WriteLedger()
    const id = await write(ledger, 'in doubt', 1)
    // Acknowledged at 2 by `write`; pretend the answer to the last save never came.
    const next = content('in doubt', 7)
    ledger.sendingSave(id, next)
    await saveScenario(db, actor, { id, version: 2 }, next, VERSIONS, new Date())
    ledger.sendingCreate(0, content('never arrived'))
    expect(await ledger.verify(db)).toEqual([])
    expect(ledger.counts).toMatchObject({ inDoubt: 2, inDoubtLanded: 1 })
  })

  test('names a data version left without its import record, and a current flag not on the newest', async () => {
    const ledger = new WriteLedger()
    await tamper(
      sql`insert into data_versions (id, label, source, source_date, created_at, is_current)
       values ('import-half', 'half.csv', 'test', '2026-06-26', '2099-01-01T00:00:00.000Z', 0)`,
    )
    ledger.sendingImport({ fileName: 'half.csv', cells: [] })
    const problems = await ledger.verify(db)
    expect(problems).toContainEqual(
      'partial: import half.csv left data version import-half without its import record',
    )
    expect(problems).toContainEqual('partial: data version import-half has no import record')
    expect(problems.some((p) => p.startsWith('data versions: current is'))).toBe(true)
  })
})
