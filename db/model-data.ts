import type { Kysely } from 'kysely'
import type { ModelData } from '../shared/domain/model-data'
import { listAssumptions } from './repositories/assumptions'
import { fyOfDate, newStartsFyOfDate } from '../shared/domain/fiscal-year'
import { defaultProjection, listNationTrends } from './repositories/births'
import { currentDataVersion } from './repositories/data-versions'
import {
  listHealthBodies,
  listLocalAuthorities,
  listNations,
  listObservedMidYears,
} from './repositories/geography'
import { listEmployerNi, listPayScales, listTemplates } from './repositories/pay'
import { listTeamCounts } from './repositories/team-counts'
import { listTeams, toTeamRecord } from './repositories/teams'
import type { Database } from './schema'

/**
 * Everything the scenario engine reads, from the current data version, as of `now`: its
 * financial year is the first one modelled.
 */
export async function loadModelData(
  db: Kysely<Database>,
  now: Date = new Date(),
): Promise<ModelData> {
  const version = await currentDataVersion(db)
  const observedMidYears = await listObservedMidYears(db, version.id)
  const [
    nations,
    healthBodies,
    las,
    teams,
    teamCounts,
    assumptions,
    payScales,
    employerNi,
    templates,
    projection,
    nationTrends,
  ] = await Promise.all([
    listNations(db),
    listHealthBodies(db),
    listLocalAuthorities(db, version.id, observedMidYears),
    listTeams(db),
    listTeamCounts(db),
    listAssumptions(db),
    listPayScales(db),
    listEmployerNi(db),
    listTemplates(db),
    defaultProjection(db),
    listNationTrends(db),
  ])
  return {
    dataVersion: version.id,
    currentFy: fyOfDate(now),
    newStartsFy: newStartsFyOfDate(now),
    observedMidYears,
    nations,
    healthBodies,
    las,
    teams: teams.map(toTeamRecord),
    teamCounts,
    // The engine takes the Assumption shape only; licence and url are for the sources page.
    assumptions: assumptions.map(({ licence: _, url: __, ...a }) => a),
    payScales,
    employerNi,
    templates,
    projection: projection.points,
    nationTrends,
  }
}
