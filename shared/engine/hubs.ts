import { fundedThrough, isActive } from './existing-capacity'
import { fmt } from './format'
import type { HubCandidate } from './model-index'
import type { RunContext } from './run-context'

/** What the hub rule reads: the register, its lookups and the assumptions. */
export type HubContext = Pick<
  RunContext,
  'data' | 'index' | 'a' | 'settings' | 'fys' | 'nYears' | 'hubFunded'
>

/**
 * The one rule for who may supervise a satellite in authority `la` starting in `fy`: a team
 * that provides capacity, is not itself a satellite, is funded for all of that year and every
 * modelled year after (a satellite needs its supervision for as long as it runs), and works
 * within the travel limit (straight line between authority centroids), nearest first. Sharing
 * a health body does not shorten the road, so it earns no exception.
 */
export function hubsInReach(ctx: HubContext, la: number, fy: number): HubCandidate[] {
  const maxKm = ctx.a.satelliteMaxDistanceKm
  const y = fy - ctx.fys[0]!
  const funded =
    y >= 0 && y < ctx.nYears
      ? (t: number) => ctx.hubFunded[t * ctx.nYears + y] === 1
      : (t: number) =>
          fundedThrough(
            ctx.data.teams[t]!,
            fy,
            Math.max(fy, ctx.fys.at(-1)!),
            ctx.settings.existingTeams,
          )
  return ctx.index.hubCandidates[la]!.filter((c) => c.distanceKm <= maxKm && funded(c.team))
}

/** Satellites one hub may supervise: the assumption, whole satellites only. */
export function hubLimit(ctx: HubContext): number {
  return Math.max(0, Math.floor(ctx.a.hubMaxSatellites + 1e-9))
}

/**
 * Satellites each register team could still take on in `fy`, by team index: the limit less
 * the register's own satellites it supervises that year (Blackpool PAIRS already supervises
 * Blackburn with Darwen's). Only hub teams get a place.
 */
export function hubSlots(ctx: HubContext, fy: number): Int32Array {
  const { data, index } = ctx
  const slots = new Int32Array(data.teams.length)
  const limit = hubLimit(ctx)
  for (const hub of index.hubTeams) slots[hub] = limit
  data.teams.forEach((team, t) => {
    const hub = index.hubOfTeam[t]!
    if (hub < 0 || !team.providesCapacity || !isActive(team, fy, ctx.settings.existingTeams)) return
    slots[hub] = Math.max(0, slots[hub]! - 1)
  })
  return slots
}

/**
 * The hub for a satellite: the preferred team if it is in reach with a place left, else the
 * nearest in reach with a place left. Undefined when none can take one.
 */
export function pickHub(
  ctx: HubContext,
  la: number,
  fy: number,
  slots: Int32Array,
  preferredHubId: string | undefined,
): HubCandidate | undefined {
  const inReach = hubsInReach(ctx, la, fy).filter((c) => slots[c.team]! > 0)
  const preferred =
    preferredHubId === undefined
      ? undefined
      : inReach.find((c) => ctx.data.teams[c.team]!.id === preferredHubId)
  return preferred ?? inReach[0]
}

/** Why no hub could be found, as the start of a sentence. */
export function noHubReason(ctx: HubContext, la: number, fy: number): string {
  const inReach = hubsInReach(ctx, la, fy)
  const km = fmt.km(ctx.a.satelliteMaxDistanceKm)
  if (inReach.length === 0) {
    return `No hub team funded from ${fmt.fy(fy)} on works within ${km}`
  }
  const limit = hubLimit(ctx)
  const names = inReach.map((c) => ctx.data.teams[c.team]!.name)
  return `${fmt.list(names)} ${names.length > 1 ? 'work' : 'works'} within ${km} but already ${names.length > 1 ? 'supervise' : 'supervises'} as many satellites as a hub can (at most ${limit})`
}
