import { fmt } from './format'
import type { YearResult } from '../domain/results'
import type { Project } from './plan-options'
import type { RunContext } from './run-context'

/** Plain-English caveats a reader of the results should see next to them. */
export function scenarioWarnings(
  ctx: RunContext,
  projects: readonly Project[],
  years: readonly YearResult[],
  gapFamilies: number,
): string[] {
  const { data, index, a, fys } = ctx
  const warnings: string[] = []
  const lastFy = fys[fys.length - 1]!

  // Authorities whose estimates stop before the newest ones (Scotland and NI stop at mid-2022).
  const stale = new Map<string, number>()
  for (const { index: i, share } of ctx.scope.las) {
    if (share <= 0) continue
    const k = index.lastUnder2[i]!
    const last = k >= 0 ? data.observedMidYears[k]! : null
    if (last === null || last < index.latestObservedMidYear) {
      const nation = data.nations.find((n) => n.code === data.las[i]!.nation)?.name ?? 'Some'
      const prev = stale.get(nation)
      if (last !== null && (prev === undefined || last < prev)) stale.set(nation, last)
    }
  }
  // Nations in the data's own order (England, Wales, Scotland, Northern Ireland).
  const byYear = new Map<number, string[]>()
  for (const { name } of data.nations) {
    const last = stale.get(name)
    if (last !== undefined) byYear.set(last, [...(byYear.get(last) ?? []), name])
  }
  const ownTrend = new Set(
    data.nationTrends.map((t) => data.nations.find((n) => n.code === t.nation)?.name),
  )
  for (const [last, nations] of [...byYear].sort((x, y) => x[0] - y[0])) {
    if (last >= lastFy) continue
    const own = ctx.settings.trend === 'national' && nations.every((n) => ownTrend.has(n))
    warnings.push(
      `${fmt.list(nations)} populations after mid-${last} are projected` +
        (ctx.settings.trend !== 'national'
          ? '.'
          : own
            ? ` with ${nations.length > 1 ? 'each nation' : 'the nation'}'s own recent trend in births to mid-${index.latestObservedMidYear}, then the England national projection.`
            : ' with the England national projection.'),
    )
  }

  // Teams, not rows: the Greater Manchester row stands for six teams.
  const registerCount =
    index.capacityTeams.reduce((n, t) => n + data.teams[t]!.teamsRepresented, 0) +
    index.unmappedCapacityTeams.reduce((n, t) => n + t.teamsRepresented, 0)
  const latestCount = [...data.teamCounts].sort((x, y) => (x.date < y.date ? -1 : 1)).at(-1)
  if (latestCount && latestCount.count > registerCount) {
    const n = latestCount.count - registerCount
    warnings.push(
      `${n} of the ${latestCount.count} teams in the UK count (${monthName(latestCount.date)}) are not in the register and add no capacity, so today's coverage may be understated.`,
    )
  }
  if (index.unmappedCapacityTeams.length > 0) {
    const names = index.unmappedCapacityTeams.map((t) => t.name)
    warnings.push(`${fmt.list(names)} cannot be placed in an area and add no capacity.`)
  }
  if (a.recruitmentSuccess < 1) {
    warnings.push(
      `Only ${fmt.pct(a.recruitmentSuccess)} of new posts are assumed filled at any time, so new provision has ${fmt.pct(1 / a.recruitmentSuccess - 1)} more posts than the need alone would take, and every funded post is costed.`,
    )
  }
  const notStarted = projects.filter((p) => p.startFy === null).length
  if (notStarted > 0) {
    warnings.push(
      `${notStarted} planned ${notStarted === 1 ? 'piece' : 'pieces'} of new provision cannot start by ${fmt.fy(lastFy)}${ctx.settings.budgetCap !== null || Number.isFinite(ctx.workforceCap) ? ' within the caps' : ''}.`,
    )
  }
  warnings.push(...workforceWarnings(ctx, years))
  if (gapFamilies > 0.5) {
    warnings.push(
      `About ${fmt.n(gapFamilies)} families a year still lack a place in ${fmt.fy(lastFy)}.`,
    )
  }
  return warnings
}

/** The plan's new staff against the national supply: held to it at UK or nation scope, compared below. */
export function workforceWarnings(ctx: RunContext, years: readonly YearResult[]): string[] {
  const { settings, fys, a } = ctx
  const perYear = years.map((y) => y.workforce.started)
  const peak = perYear.reduce((best, wte, y) => (wte > perYear[best]! ? y : best), 0)
  const share = ctx.workforceFairShare
  const supply = `assuming the UK can bring about ${fmt.n(a.nationalRecruitsPerYear)} new clinical WTE into parent-infant teams a year [A]`
  if (settings.workforceCap === null && Number.isFinite(ctx.workforceCap)) {
    return [
      `Starts are held to this area's share by births of the national workforce: ${fmt.wte(share)} new clinical WTE a year, ${supply}. Set a workforce cap to plan with another figure.`,
    ]
  }
  if (settings.workforceCap === null && perYear[peak]! > share + 1e-9) {
    return [
      `The plan starts ${fmt.wte(perYear[peak]!)} new clinical WTE in ${fmt.fy(fys[peak]!)}, more than this area's share by births of the national workforce (${fmt.wte(share)} a year, ${supply}): it relies on recruiting faster than the rest of the country.`,
    ]
  }
  return []
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** '2025-12' → 'Dec 2025'. */
function monthName(yyyyMm: string): string {
  const [year, month] = yyyyMm.split('-')
  const name = MONTHS[Number(month) - 1]
  return name && year ? `${name} ${year}` : yyyyMm
}
