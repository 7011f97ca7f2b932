import { Migrator, type Kysely, type MigrationResultSet } from 'kysely'
import { migrationProvider } from './migrations/index'
import type { Database } from './schema'

/** Applies every pending migration; throws naming the failed migration and its cause. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  const resultSet = await migrator.migrateToLatest()
  if (resultSet.error) {
    const failed = resultSet.results?.find((r) => r.status === 'Error')
    const cause =
      resultSet.error instanceof Error ? resultSet.error.message : String(resultSet.error)
    throw new Error(
      `Database migration ${failed ? `'${failed.migrationName}' ` : ''}failed: ${cause}`,
      { cause: resultSet.error },
    )
  }
  return resultSet
}
