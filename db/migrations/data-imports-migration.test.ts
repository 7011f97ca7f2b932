import { loadSeedBundle } from '../seed-bundle'
import { describe, expect, it } from 'vitest'
import { CHECK_FAILED, columnsOf } from '../../tests/helpers/db-state'
import { createTestDb } from '../../tests/helpers/test-db'
import { createMigrator } from '../migrate'

describe('migration 0003 (data imports)', () => {
  it('runs down and up again over seeded data, keeping the seed date', async () => {
    const db = await createTestDb()
    const migrator = await createMigrator(db)
    const before = await db.selectFrom('data_versions').selectAll().execute()
    expect(before[0]!.source_date).toBe(loadSeedBundle().manifest.date)

    const down = await migrator.migrateTo('2026_11_23_0001_initial')
    expect(down.error).toBeUndefined()
    expect(await columnsOf(db, 'data_versions')).not.toContain('source_date')

    const up = await migrator.migrateToLatest()
    expect(up.error).toBeUndefined()
    // The seed's date is recovered from its id when the column comes back.
    expect(await db.selectFrom('data_versions').selectAll().execute()).toEqual(before)
    await expect(
      db.updateTable('data_versions').set({ source_date: '23/11/2026' }).execute(),
    ).rejects.toThrow(CHECK_FAILED)
    await db.destroy()
  })
})
