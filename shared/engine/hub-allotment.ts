import { wantsSatellite } from './choose-option'
import { hubSlots, pickHub } from './hubs'
import type { HubCandidate } from './model-index'
import { areaPlanFor, hasGap } from './area-plan'
import type { RunContext } from './run-context'

/**
 * The hub of every authority that asks for a satellite, by authority index. A hub's places are
 * shared out over the whole UK, whatever the scope in view, so that an ICB's plan and the
 * nation's agree: first to the satellites the user set, then to the rest in register order
 * (authority code), each to the nearest hub in reach with a place left (or the one asked for).
 */
export function allotHubs(ctx: RunContext): (HubCandidate | undefined)[] {
  const { data, settings } = ctx
  const maxKm = ctx.a.satelliteMaxDistanceKm
  const slots = hubSlots(ctx, settings.startFy)
  const hubs: (HubCandidate | undefined)[] = new Array(data.las.length)
  // Only authorities with some hub in reach can take a place; the rest need no look.
  const near: number[] = []
  for (let i = 0; i < data.las.length; i++) {
    if ((ctx.index.hubCandidates[i]![0]?.distanceKm ?? Infinity) <= maxKm) near.push(i)
  }
  for (const userSet of [true, false]) {
    for (const i of near) {
      const override = settings.overrides[data.las[i]!.code]
      if ((override?.option === 'satellite') !== userSet) continue
      const area = areaPlanFor(ctx, i)
      if (!wantsSatellite(ctx, area, hasGap(area), override?.option)) continue
      const hub = pickHub(ctx, i, satelliteFy(ctx, i), slots, override?.hubTeamId)
      if (!hub) continue
      slots[hub.team]!--
      hubs[i] = hub
    }
  }
  return hubs
}

/** The year a satellite in authority i would start: as set for it, else the first modelled year. */
export function satelliteFy(ctx: RunContext, i: number): number {
  const { settings } = ctx
  const set = settings.overrides[ctx.data.las[i]!.code]?.startFy
  return Math.max(set ?? settings.startFy, settings.startFy)
}
