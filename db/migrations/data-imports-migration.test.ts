import { loadSeedBundle } from '../seed-bundle'
import { Migrator, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createTestDb } from '../../tests/helpers/test-db'
import { migrationProvider } from './index'

describe('migration 0003 (data imports)', () => {
  it('runs down and up again over seeded data, keeping the seed date', async () => {
    const db = await createTestDb()
    const migrator = new Migrator({ db, provider: migrationProvider })
    const before = await db.selectFrom('data_versions').selectAll().execute()
    expect(before[0]!.source_date).toBe(loadSeedBundle().manifest.date)

    const down = await migrator.migrateTo('2026_11_23_0001_initial')
    expect(down.error).toBeUndefined()
    const columns = await sql<{
      name: string
    }>`select name from pragma_table_info('data_versions')`.execute(db)
    expect(columns.rows.map((c) => c.name)).not.toContain('source_date')

    const up = await migrator.migrateToLatest()
    expect(up.error).toBeUndefined()
    // The seed's date is recovered from its id when the column comes back.
    expect(await db.selectFrom('data_versions').selectAll().execute()).toEqual(before)
    await expect(
      db.updateTable('data_versions').set({ source_date: '23/11/2026' }).execute(),
    ).rejects.toThrow(/CHECK constraint failed/)
    await db.destroy()
  })
})
