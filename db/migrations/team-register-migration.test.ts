import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { CHECK_FAILED, columnsOf, indexesOf } from '../../tests/helpers/db-state'
import { createTestDb } from '../../tests/helpers/test-db'
import { createMigrator } from '../migrate'

const now = '2026-11-23T10:00:00.000Z'
const auditRow = (entity: string) =>
  sql`insert into audit_log (at, action, entity, entity_id, detail_json)
    values (${now}, 'test.row', ${entity}, 'x1', '{"summary":"kept"}')`

describe('migration 0004 (team register)', () => {
  it('widens the audit log keeping its rows, index and append-only triggers', async () => {
    const db = await createTestDb()
    const migrator = await createMigrator(db)
    expect((await migrator.migrateTo('2026_11_23_0003_data_imports')).error).toBeUndefined()
    await auditRow('scenario').execute(db)
    await auditRow('data-version').execute(db)
    // Before 0004 the log has no entity 'team'.
    await expect(auditRow('team').execute(db)).rejects.toThrow(CHECK_FAILED)
    const before = await db.selectFrom('audit_log').selectAll().orderBy('id').execute()

    expect((await migrator.migrateToLatest()).error).toBeUndefined()
    expect(await db.selectFrom('audit_log').selectAll().orderBy('id').execute()).toEqual(before)
    await auditRow('team').execute(db)
    await expect(auditRow('teams').execute(db)).rejects.toThrow(CHECK_FAILED)
    await expect(sql`update audit_log set action = 'x'`.execute(db)).rejects.toThrow(/append-only/)
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/)
    expect(await indexesOf(db, 'audit_log')).toContain('audit_log_organisation')
    // New ids carry on after the copied ones (PostgreSQL may skip the one the refused row took).
    const ids = (await db.selectFrom('audit_log').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    )
    expect(ids.slice(0, -1)).toEqual(before.map((r) => r.id))
    expect(ids.at(-1)).toBeGreaterThan(before.at(-1)!.id)
    await db.destroy()
  })

  it('adds version, closed date and who changed a team, with checks', async () => {
    const db = await createTestDb()
    const team = await db
      .selectFrom('teams')
      .selectAll()
      .where('id', '=', 'oxpip')
      .executeTakeFirst()
    expect(team).toMatchObject({
      version: 1,
      closed_date: null,
      updated_at: null,
      updated_by: null,
    })
    for (const set of [{ closed_date: '31/03/2027' }, { version: 0 }, { updated_by: 'Someone' }]) {
      await expect(
        db.updateTable('teams').set(set).where('id', '=', 'oxpip').execute(),
      ).rejects.toThrow(CHECK_FAILED)
    }
    await db.destroy()
  })

  it('goes down and up again while the log holds no team entries, and refuses otherwise', async () => {
    const db = await createTestDb()
    const migrator = await createMigrator(db)
    await auditRow('scenario').execute(db)
    expect((await migrator.migrateTo('2026_11_23_0003_data_imports')).error).toBeUndefined()
    expect(await columnsOf(db, 'teams')).not.toContain('version')
    expect((await migrator.migrateToLatest()).error).toBeUndefined()
    await auditRow('team').execute(db)
    const down = await migrator.migrateTo('2026_11_23_0003_data_imports')
    expect(String(down.error)).toMatch(/cannot be undone/)
    expect(await db.selectFrom('audit_log').select('entity').execute()).toEqual([
      { entity: 'scenario' },
      { entity: 'team' },
    ])
    await db.destroy()
  })
})
