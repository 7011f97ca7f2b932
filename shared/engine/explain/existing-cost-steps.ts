import { BANDS, type Band } from '../../domain/pay'
import type { ExplainStep } from '../../domain/explain'
import {
  needOf,
  renewedMonths,
  teamShareInScope,
  teamWeight,
  workingMonths,
} from '../existing-capacity'
import { existingTeamYearCost } from '../existing-cost'
import { bandVector, templateFor } from '../team-templates'
import type { ScopeArea } from './areas'
import { cellOf } from './areas'
import { bandRateStep } from './cost-steps'
import { noteTeam } from './capacity-steps'
import type { Ledger } from './ledger'
import { sumOf } from './rollup'
import { say } from './text'

/** Register teams providing capacity that work in year index y somewhere in the given authorities. */
function teamsWorking(ledger: Ledger, y: number, las: ReadonlySet<number>): number[] {
  const { ctx } = ledger
  return ctx.index.capacityTeams.filter(
    (t) =>
      ctx.index.teamLas[t]!.some((i) => las.has(i)) &&
      workingMonths(ctx.data.teams[t]!, ctx.fys[y]!, ctx.settings.existingTeams) > 0,
  )
}

/** One team's full-year running cost in year index y: its posts (or the standard team's) at the year's rates. */
function teamYearCostStep(ledger: Ledger, t: number, y: number): ExplainStep {
  const { ctx } = ledger
  const team = ctx.data.teams[t]!
  noteTeam(ledger, t)
  const standard = bandVector(templateFor(ctx.data, 'standard').roles)
  const wte = team.staffing ? bandVector(team.staffing) : standard
  const value = existingTeamYearCost(team, standard, ctx.rates, ctx.nYears, y)
  const terms: string[] = []
  const bands: Band[] = []
  BANDS.forEach((band, b) => {
    if (wte[b]! === 0) return
    terms.push(`${say.wte(wte[b]!)} band ${band} × ${say.money(ctx.rates[b * ctx.nYears + y]!)}`)
    bands.push(band)
  })
  const basis = team.staffing
    ? 'its known posts'
    : `staffing not known: the standard team [A]${team.teamsRepresented > 1 ? ` × ${team.teamsRepresented} teams this row stands for` : ''}`
  return {
    label: `${team.name}: a full year in ${say.fy(ctx.fys[y]!)}`,
    value,
    unit: 'GBP',
    formula: `Running cost (${basis}) = ${terms.join(' + ')}${team.staffing || team.teamsRepresented === 1 ? '' : ` × ${team.teamsRepresented}`} = ${say.money(value)}`,
    children: bands.map((band) => bandRateStep(ledger, band, y)),
  }
}

function monthsText(ledger: Ledger, t: number, y: number): { months: number; text: string } {
  const { ctx } = ledger
  const team = ctx.data.teams[t]!
  const months = workingMonths(team, ctx.fys[y]!, ctx.settings.existingTeams)
  const renewed = renewedMonths(team, ctx.fys[y]!, ctx.settings.existingTeams)
  const why =
    months < 12 ? ` × ${say.n(months)}/12 (it works ${say.n(months)} of the year's 12 months)` : ''
  const renewal = renewed > 0 ? `, ${say.n(renewed)} of them renewing funding that ended` : ''
  return { months, text: `${why}${renewal}` }
}

/** Existing teams' running cost in the scope in year index y: each team's part inside it. */
export function scopeExistingCostStep(ledger: Ledger, y: number): ExplainStep {
  const { ctx } = ledger
  const year = ledger.trace.result.years[y]!
  const inScope = new Set<number>()
  ctx.scope.las.forEach(({ index: i, share }) => share > 0 && inScope.add(i))
  const children = teamsWorking(ledger, y, inScope).map((t): ExplainStep => {
    const full = teamYearCostStep(ledger, t, y)
    const { months, text } = monthsText(ledger, t, y)
    const share = teamShareInScope(ctx.index.teamLas[t]!, ctx.need, ctx.nYears, y, ctx.scopeShare)
    const part = ((full.value! * months) / 12) * share
    const inside = share < 1 - 1e-12 ? ` × ${say.share(share)} of it in ${ctx.scope.ref.name}` : ''
    return {
      label: ctx.data.teams[t]!.name,
      value: part,
      unit: 'GBP',
      formula: `${say.money(full.value!)}${text}${inside} = ${say.money(part)}`,
      children: [full],
    }
  })
  return {
    label: `Existing teams’ running cost in ${year.fy}`,
    value: year.existingCost,
    unit: 'GBP',
    formula:
      children.length === 0
        ? `No register team works in ${ctx.scope.ref.name} in ${year.fy}: ${say.money(0)}`
        : `Running cost = ${sumOf(children, 'GBP', 'one team')} = ${say.money(year.existingCost)}, apart from new provision`,
    children,
  }
}

/** Existing teams' running cost in one authority (its part inside the scope) in year index y. */
export function areaExistingCostStep(ledger: Ledger, area: ScopeArea, y: number): ExplainStep {
  const { ctx } = ledger
  const value = area.share * ctx.existingCost[cellOf(ledger, area.i, y)]!
  const children = teamsWorking(ledger, y, new Set([area.i])).map((t): ExplainStep => {
    const full = teamYearCostStep(ledger, t, y)
    const { months, text } = monthsText(ledger, t, y)
    const las = ctx.index.teamLas[t]!
    const w = teamWeight(las, ctx.need, ctx.nYears, y, area.i, needOf(las, ctx.need, ctx.nYears, y))
    const part = ((full.value! * months) / 12) * w * area.share
    const here = las.length > 1 ? ` × ${say.share(w)} of it here (shared by need)` : ''
    const inside = area.share < 1 - 1e-12 ? ` × ${say.share(area.share)} in scope` : ''
    return {
      label: ctx.data.teams[t]!.name,
      value: part,
      unit: 'GBP',
      formula: `${say.money(full.value!)}${text}${here}${inside} = ${say.money(part)}`,
      children: [full],
    }
  })
  return {
    label: `Existing teams’ running cost in ${area.name}`,
    value,
    unit: 'GBP',
    formula:
      children.length === 0
        ? `No register team works in ${area.name} in ${say.fy(ctx.fys[y]!)}: ${say.money(0)}`
        : `Running cost = ${sumOf(children, 'GBP', 'one team')} = ${say.money(value)}`,
    children,
  }
}
