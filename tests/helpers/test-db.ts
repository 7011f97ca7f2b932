import type { Kysely } from 'kysely'
import { migrateToLatest } from '../../db/migrate'
import { openDb } from '../../db/open-db'
import type { Database } from '../../db/schema'
import { seedIfEmpty } from '../../db/seed'
import { loadSeedBundle } from '../../db/seed-bundle'

export type TestStore = 'sqlite' | 'postgres'

/** The store this test run uses: the postgres vitest project sets TEST_STORE (vitest.config.ts). */
export function testStore(): TestStore {
  return process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite'
}

/**
 * A fresh database, migrated and seeded with the committed seed: in memory on SQLite (the parsed
 * seed is cached per process by loadSeedBundle, so each call costs only the inserts, tens of ms),
 * or a schema of its own on PostgreSQL (tests/helpers/test-postgres.ts). Call `db.destroy()` when
 * done; on PostgreSQL the test's end closes it anyway.
 */
export async function createTestDb(): Promise<Kysely<Database>> {
  if (testStore() === 'postgres') return (await import('./test-postgres')).postgresTestDb()
  const db = openDb(':memory:')
  await migrateToLatest(db)
  await seedIfEmpty(db, loadSeedBundle())
  return db
}
