import type { Migration, MigrationProvider } from 'kysely'
import * as initial from './2026_11_23_0001_initial'
import * as organisationsScenarios from './2026_11_23_0002_organisations_scenarios'
import * as dataImports from './2026_11_23_0003_data_imports'
import * as teamRegister from './2026_11_23_0004_team_register'
import * as deprivationTrends from './2026_12_03_0005_deprivation_trends'
import * as sharedState from './2026_12_04_0006_shared_state'
import * as teamFunding from './2026_12_04_0007_team_funding'
import * as trainingRoutes from './2026_12_04_0008_training_routes'

/**
 * Every migration, listed by hand: bundlers and compiled builds cannot scan a folder reliably.
 * Names sort in the order they must run.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_23_0001_initial': initial,
  '2026_11_23_0002_organisations_scenarios': organisationsScenarios,
  '2026_11_23_0003_data_imports': dataImports,
  '2026_11_23_0004_team_register': teamRegister,
  '2026_12_03_0005_deprivation_trends': deprivationTrends,
  '2026_12_04_0006_shared_state': sharedState,
  '2026_12_04_0007_team_funding': teamFunding,
  '2026_12_04_0008_training_routes': trainingRoutes,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
