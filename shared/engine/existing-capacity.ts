import type { AssumptionValues } from '../domain/assumptions'
import type { ModelData, TeamRecord } from '../domain/model-data'
import type { ExistingTeamPolicy } from '../domain/scenario'
import { workingMonths } from '../domain/team-funding'
import type { ModelIndex } from './model-index'
import { clinicalWte } from './team-templates'

export {
  fundedThrough,
  fundingEnded,
  isActive,
  renewedMonths,
  workingMonths,
} from '../domain/team-funding'

/** Families a year an existing register team can see. */
export function existingTeamCapacity(team: TeamRecord, a: AssumptionValues): number {
  // Without known staffing every team counts the assumed average (FACTS §1.4: ~86–127).
  if (!team.staffing) return a.existingTeamFamiliesPerYear * team.teamsRepresented
  // Existing posts are filled, so recruitment success does not apply to them.
  return clinicalWte(team.staffing) * a.familiesPerClinicalWte * (1 - a.supervisionShare)
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
  policy: ExistingTeamPolicy,
): { capacity: Float64Array; served: Uint8Array } {
  const size = data.las.length * fys.length
  const capacity = new Float64Array(size)
  const served = new Uint8Array(size)
  addExistingCapacity(data, index, index.capacityTeams, fys, need, a, policy, capacity, served)
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
  policy: ExistingTeamPolicy,
  capacity: Float64Array,
  served?: Uint8Array,
): void {
  const nYears = fys.length
  for (const t of teams) {
    const team = data.teams[t]!
    const las = index.teamLas[t]!
    const families = existingTeamCapacity(team, a)
    for (let y = 0; y < nYears; y++) {
      const months = workingMonths(team, fys[y]!, policy)
      if (months === 0) continue
      const yearFamilies = (families * months) / 12
      const totalNeed = needOf(las, need, nYears, y)
      for (const i of las) {
        const cell = i * nYears + y
        capacity[cell] =
          capacity[cell]! + yearFamilies * teamWeight(las, need, nYears, y, i, totalNeed)
        if (served) served[cell] = 1
      }
    }
  }
}

export function needOf(
  las: readonly number[],
  need: Float64Array,
  nYears: number,
  y: number,
): number {
  let total = 0
  for (const i of las) total += need[i * nYears + y]!
  return total
}

/** The share of a team's capacity that goes to authority i in year index y: its share of the need. */
export function teamWeight(
  las: readonly number[],
  need: Float64Array,
  nYears: number,
  y: number,
  i: number,
  totalNeed: number,
): number {
  return totalNeed > 0 ? need[i * nYears + y]! / totalNeed : 1 / las.length
}

/**
 * How much of a team belongs to a scope in year index y: the shares of its capacity going to
 * the authorities it serves, each times that authority's share in the scope. A team split
 * between two health bodies counts a part in each and once in the nation.
 */
export function teamShareInScope(
  las: readonly number[],
  need: Float64Array,
  nYears: number,
  y: number,
  scopeShare: Float64Array,
): number {
  const totalNeed = needOf(las, need, nYears, y)
  let share = 0
  for (const i of las) share += teamWeight(las, need, nYears, y, i, totalNeed) * scopeShare[i]!
  return share
}
