import type { ModelData, TeamRecord } from '../domain/model-data'
import type { ExistingTeamPolicy } from '../domain/scenario'
import { needOf, renewedMonths, teamWeight, workingMonths } from './existing-capacity'
import type { ModelIndex } from './model-index'
import { bandVector, templateFor } from './team-templates'

/**
 * Full-year running cost of a register team in year index y: its known posts at the
 * scenario's pay rates, or, where the register does not know its staffing, the standard team
 * of FACTS §2.3 for each team the row stands for [A]. `rates` is [band * nYears + year],
 * overhead included.
 */
export function existingTeamYearCost(
  team: TeamRecord,
  standardWte: Float64Array,
  rates: Float64Array,
  nYears: number,
  y: number,
): number {
  return postsCost(teamPosts(team, standardWte), rates, nYears, y)
}

/** A team's posts by band: its known staffing, or the standard team once per team it stands for. */
function teamPosts(team: TeamRecord, standardWte: Float64Array): Float64Array {
  return team.staffing
    ? bandVector(team.staffing)
    : standardWte.map((w) => w * team.teamsRepresented)
}

function postsCost(wte: Float64Array, rates: Float64Array, nYears: number, y: number): number {
  let cost = 0
  for (let b = 0; b < wte.length; b++) cost += wte[b]! * rates[b * nYears + y]!
  return cost
}

/**
 * What keeping the register's teams running costs each authority, [la * nYears + year]:
 * `running` for the months a team works, `renewed` for the part beyond its known funding that
 * a sustaining scenario takes on. A team shares its cost across its authorities as it shares
 * its capacity, by need.
 */
export function existingCosts(
  data: ModelData,
  index: ModelIndex,
  fys: readonly number[],
  need: Float64Array,
  rates: Float64Array,
  policy: ExistingTeamPolicy,
): { running: Float64Array; renewed: Float64Array } {
  const nYears = fys.length
  const running = new Float64Array(data.las.length * nYears)
  const renewed = new Float64Array(data.las.length * nYears)
  // The seeded standard team, not a scenario's edited one: editing what new teams look like
  // does not change what existing teams cost.
  const standardWte = bandVector(templateFor(data, 'standard').roles)
  for (const t of index.capacityTeams) {
    const team = data.teams[t]!
    const las = index.teamLas[t]!
    const posts = teamPosts(team, standardWte)
    for (let y = 0; y < nYears; y++) {
      const months = workingMonths(team, fys[y]!, policy)
      if (months === 0) continue
      const full = postsCost(posts, rates, nYears, y)
      const extra = renewedMonths(team, fys[y]!, policy)
      const totalNeed = needOf(las, need, nYears, y)
      for (const i of las) {
        const w = teamWeight(las, need, nYears, y, i, totalNeed)
        const cell = i * nYears + y
        running[cell] = running[cell]! + ((full * months) / 12) * w
        renewed[cell] = renewed[cell]! + ((full * extra) / 12) * w
      }
    }
  }
  return { running, renewed }
}
