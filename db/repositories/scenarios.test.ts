import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb } from '../../tests/helpers/test-db'
import { addOrganisation, addUser } from '../../tests/helpers/test-users'
import type { Database } from '../schema'
import {
  createScenario,
  getVisibleScenario,
  saveScenario,
  ScenarioConflictError,
  type Actor,
} from './scenarios'

/*
 * A process keeps the row of each scenario it last saved and starts the next change made from
 * that version from it. Another process (here another Kysely instance on the same database,
 * which keeps rows of its own) may have saved since: that must still be a conflict naming it.
 */

let db: Kysely<Database>
beforeEach(async () => {
  db = await createTestDb()
})
afterEach(async () => {
  await db.destroy()
})

async function setUp() {
  const org = await addOrganisation(db, 'Kept Row ICB')
  const here = await addUser(db, org, 'editor', { name: 'Here Editor' })
  const there = await addUser(db, org, 'admin', { name: 'There Admin' })
  const actor = (u: typeof here): Actor => ({
    userId: u.id,
    organisationId: org.id,
    role: u.role,
  })
  const dv = await db.selectFrom('data_versions').select('id').executeTakeFirstOrThrow()
  const versions = { dataVersion: dv.id, modelVersion: 'test' }
  const created = await createScenario(
    db,
    actor(here),
    { name: 'Kept', settings: { scope: 'E54000048' }, rationale: {} },
    versions,
    new Date(),
    { action: 'scenario.create', summary: 'Created' },
  )
  return { here: actor(here), there: actor(there), versions, id: created.id }
}

describe('a change made from the row this process last saved', () => {
  it('is a conflict naming the other process when that one saved since', async () => {
    const { here, there, versions, id } = await setUp()
    const other = db.withoutPlugins() // another process: none of this one's kept rows
    const save = (conn: Kysely<Database>, who: Actor, version: number, name: string) =>
      saveScenario(conn, who, { id, version }, { name }, versions, new Date())

    expect((await save(db, here, 1, 'Here 2')).version).toBe(2)
    expect((await save(other, there, 2, 'There 3')).version).toBe(3)
    const stale = save(db, here, 2, 'Here again')
    await expect(stale).rejects.toBeInstanceOf(ScenarioConflictError)
    await expect(stale).rejects.toMatchObject({
      detail: { currentVersion: 3, updatedBy: 'There Admin' },
    })
    const fresh = await save(db, here, 3, 'Here 4')
    expect(fresh).toMatchObject({ version: 4, name: 'Here 4', updatedBy: 'Here Editor' })

    // Saving nothing new from a kept row is decided on the database's row: a conflict too.
    expect((await save(other, there, 4, 'There 5')).version).toBe(5)
    await expect(save(db, here, 4, 'Here 4')).rejects.toBeInstanceOf(ScenarioConflictError)
    const audit = await db
      .selectFrom('audit_log')
      .select(['from_version', 'to_version'])
      .where('entity_id', '=', id)
      .where('action', '=', 'scenario.save')
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.to_version)).toEqual([2, 3, 4, 5])
  })

  it('answers with names as they are now, not as they were kept', async () => {
    const { here, versions, id } = await setUp()
    await saveScenario(db, here, { id, version: 1 }, { name: 'One' }, versions, new Date())
    await db
      .updateTable('users')
      .set({ name: 'Renamed Editor' })
      .where('id', '=', here.userId)
      .execute()
    await db
      .updateTable('organisations')
      .set({ name: 'Renamed ICB' })
      .where('id', '=', here.organisationId)
      .execute()
    const saved = await saveScenario(
      db,
      here,
      { id, version: 2 },
      { name: 'Two' },
      versions,
      new Date(),
    )
    expect(saved).toMatchObject({
      version: 3,
      createdBy: 'Renamed Editor',
      updatedBy: 'Renamed Editor',
      organisation: { name: 'Renamed ICB' },
    })
  })

  // On PostgreSQL the second save is the UPDATE and its audit row in one statement; the first,
  // read from the database, is a transaction. What they store and answer must be alike.
  it('stores the same audit row and answers as a save read from the database', async () => {
    const { here, versions, id } = await setUp()
    const at = (n: number) => new Date(Date.UTC(2026, 11, 4, 12, n))
    const first = await saveScenario(db, here, { id, version: 1 }, { name: 'One' }, versions, at(1))
    const edit = { name: 'Two', settings: { scope: 'E54000048', budgetCap: 500_000 } }
    const second = await saveScenario(db, here, { id, version: 2 }, edit, versions, at(2))
    expect(second).toEqual((await getVisibleScenario(db, here, id))!.scenario)
    expect(second).toMatchObject({ version: 3, name: 'Two', updatedAt: at(2).toISOString() })
    expect(first.version).toBe(2)
    const audit = await db
      .selectFrom('audit_log')
      .select([
        'at',
        'user_id',
        'organisation_id',
        'action',
        'entity',
        'entity_id',
        'from_version',
        'to_version',
        'detail_json',
      ])
      .where('entity_id', '=', id)
      .where('action', '=', 'scenario.save')
      .orderBy('id')
      .execute()
    const row = (n: number, detail: object) => ({
      at: at(n).toISOString(),
      user_id: here.userId,
      organisation_id: here.organisationId,
      action: 'scenario.save',
      entity: 'scenario',
      entity_id: id,
      from_version: n,
      to_version: n + 1,
      detail_json: JSON.stringify(detail),
    })
    expect(audit).toEqual([
      row(1, { summary: 'Changed name', changed: ['name'] }),
      row(2, {
        summary: 'Changed name, settings.budgetCap',
        changed: ['name', 'settings.budgetCap'],
      }),
    ])
  })
})
