import type { AssumptionValues } from '../domain/assumptions'
import type { ModelData, TeamRecord } from '../domain/model-data'
import type { ModelIndex } from './model-index'
import { clinicalWte } from './team-templates'

/** Families a year an existing register team can see. */
export function existingTeamCapacity(team: TeamRecord, a: AssumptionValues): number {
  // Without known staffing every team counts the assumed average (FACTS §1.4: ~86–127).
  if (!team.staffing) return a.existingTeamFamiliesPerYear * team.teamsRepresented
  // Existing posts are filled, so recruitment success does not apply to them.
  return clinicalWte(team.staffing) * a.familiesPerClinicalWte * (1 - a.supervisionShare)
}

export function isActive(team: TeamRecord, fy: number): boolean {
  return team.closedYear === null || team.closedYear > fy
}

/**
 * Capacity of the existing teams reaching each authority, [la * nYears + year], and whether
 * any existing team works there. A team serving several authorities shares its capacity
 * across them in proportion to their need that year.
 */
export function existingCapacity(
  data: ModelData,
  index: ModelIndex,
  fys: readonly number[],
  need: Float64Array,
  a: AssumptionValues,
): { capacity: Float64Array; served: Uint8Array } {
  const size = data.las.length * fys.length
  const capacity = new Float64Array(size)
  const served = new Uint8Array(size)
  addExistingCapacity(data, index, index.capacityTeams, fys, need, a, capacity, served)
  return { capacity, served }
}

/**
 * Adds the capacity of the given teams to `capacity` (and marks `served`). Monte Carlo draws
 * call it with their own buffers and only the teams that reach their scope, so a draw
 * allocates nothing.
 */
export function addExistingCapacity(
  data: ModelData,
  index: ModelIndex,
  teams: readonly number[],
  fys: readonly number[],
  need: Float64Array,
  a: AssumptionValues,
  capacity: Float64Array,
  served?: Uint8Array,
): void {
  const nYears = fys.length
  for (const t of teams) {
    const team = data.teams[t]!
    const las = index.teamLas[t]!
    const families = existingTeamCapacity(team, a)
    for (let y = 0; y < nYears; y++) {
      if (!isActive(team, fys[y]!)) continue
      let totalNeed = 0
      for (const i of las) totalNeed += need[i * nYears + y]!
      for (const i of las) {
        const cell = i * nYears + y
        const weight = totalNeed > 0 ? need[cell]! / totalNeed : 1 / las.length
        capacity[cell] = capacity[cell]! + families * weight
        if (served) served[cell] = 1
      }
    }
  }
}
