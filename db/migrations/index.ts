import type { Migration, MigrationProvider } from 'kysely'
import * as initial from './2026_11_23_0001_initial'

/**
 * Every migration, listed by hand: bundlers and compiled builds cannot scan a folder reliably.
 * Names sort in the order they must run.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_23_0001_initial': initial,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
