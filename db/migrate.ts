import { Migrator, type Kysely, type MigrationResultSet } from 'kysely'
import { migrationTableSchema } from './dialect'
import { migrationProvider } from './migrations/index'
import type { Database } from './schema'

/** The app's migrator (also for tests that step migrations down and up). */
export async function createMigrator(db: Kysely<Database>): Promise<Migrator> {
  return new Migrator({
    db,
    provider: migrationProvider,
    migrationTableSchema: await migrationTableSchema(db),
  })
}

/** Applies every pending migration; throws naming the failed migration and its cause. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  const resultSet = await (await createMigrator(db)).migrateToLatest()
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
