import { isActive } from './existing-capacity'
import { fmt } from './format'
import { haversineKm } from './geo-distance'
import type { RunContext } from './run-context'

/** Where a small authority's families go instead of a team of its own. */
export interface Host {
  /** The nearest authority of the same nation large enough for a team of its own. */
  la: number
  /** A register team working there in the first year, whose posts grow; -1 if none. */
  team: number
  distanceKm: number
}

/**
 * Too few families a year for a team of its own (the minAreaFamilies assumption): even the
 * smallest team would cost many times more per family than posts added to a neighbour's.
 * Judged on the first year's need, as the option is.
 */
export function isSmallArea(ctx: RunContext, la: number): boolean {
  return ctx.need[la * ctx.nYears]! < ctx.a.minAreaFamilies
}

/**
 * The nearest authority (centroid to centroid) in the same nation whose need is large enough
 * for a team of its own, with the register team working there if any; planning by upper-tier
 * council, one in its own county first. Islands have no
 * neighbours by border, so distance decides, however far: the families are few either way.
 */
export function hostFor(ctx: RunContext, la: number): Host | null {
  const { data } = ctx
  const self = data.las[la]!
  // Planning by upper-tier council, a county district's families stay with their county.
  const county = ctx.settings.planningUnit === 'upper-tier' ? self.upperTier.code : null
  let best: { la: number; distanceKm: number; sameCounty: boolean } | null = null
  data.las.forEach((other, j) => {
    if (j === la || other.nation !== self.nation || isSmallArea(ctx, j)) return
    const d = haversineKm(self.centroid, other.centroid)
    const sameCounty = other.upperTier.code === county
    const nearer = best !== null && sameCounty === best.sameCounty && d < best.distanceKm
    if (!best || (sameCounty && !best.sameCounty) || nearer)
      best = { la: j, distanceKm: d, sameCounty }
  })
  if (!best) return null
  const { la: host, distanceKm } = best
  const { startFy, existingTeams } = ctx.settings
  const team =
    ctx.index.capacityTeamsByLa[host]!.find((t) =>
      isActive(ctx.data.teams[t]!, startFy, existingTeams),
    ) ?? -1
  return { la: host, team, distanceKm }
}

/** 'Thriving Together in Cornwall (104 km)' or 'the provision for Cornwall (104 km)'. */
export function hostText(ctx: RunContext, host: Host): string {
  const where = `${ctx.data.las[host.la]!.name} (${fmt.km(host.distanceKm)})`
  return host.team >= 0
    ? `${ctx.data.teams[host.team]!.name} in ${where}`
    : `the provision for ${where}`
}
