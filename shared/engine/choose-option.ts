import type { OptionKind } from '../domain/scenario'
import { fundingEnded, isActive } from './existing-capacity'
import { fmt } from './format'
import { noHubReason } from './hubs'
import { hostFor, hostText, isSmallArea, type Host } from './small-areas'
import type { HubCandidate } from './model-index'
import type { AreaPlan } from './plan-types'
import type { RunContext } from './run-context'
import { totalOf } from './team-templates'

/** Satellites are preferred (in 'mixed') only when the default-sized one meets this share of the gap. */
export const SATELLITE_MIN_SHARE_OF_GAP = 0.6

export interface Decision {
  option: OptionKind
  reason: string
  hub?: HubCandidate
  /** For a small authority's expansion: whose team its posts join. */
  host?: Host
  /** For a standalone team: the reason up to its size, so a pooled team can say its own. */
  lead?: string
}

/** The hub a satellite here would have (allotted by the caller) and the year it would start. */
export interface HubPick {
  hub: HubCandidate | undefined
  fy: number
}

/**
 * Picks the option for one authority, with the plain-English reason: an override wins,
 * then the strategy's rule; options that cannot work there fall back to a standalone team.
 */
export function decide(
  ctx: RunContext,
  area: AreaPlan,
  gap: boolean,
  forced: OptionKind | undefined,
  pick: HubPick,
): Decision {
  const { data, settings } = ctx
  const la = data.las[area.la]!
  const teams = activeTeamNames(ctx, area.la)
  const lapsed = lapsedTeamsText(ctx, area.la)
  const needNow = ctx.need[area.la * ctx.nYears]!
  if (forced === 'none') {
    return {
      option: 'none',
      reason: `No new provision, as set for ${la.name}; ${describeToday(teams, area.coverage, needNow)}${lapsed}`,
    }
  }
  if (!forced && !gap) {
    return {
      option: 'none',
      reason:
        teams.length > 0
          ? `${fmt.list(teams)} already ${teams.length > 1 ? 'meet' : 'meets'} the estimated need of ${fmt.n(needNow)} families a year, so no new provision is needed.`
          : `The estimated need is nil, so no new provision is needed.`,
    }
  }
  const gapText = `${la.name} has ${describeToday(teams, area.coverage, needNow)}${lapsed}`
  // A small authority's families join a larger neighbour's team, unless its option is set.
  const small = teams.length === 0 && isSmallArea(ctx, area.la)
  const host = small ? hostFor(ctx, area.la) : null
  if (host && (!forced || forced === 'expand') && area.unmet > 0) {
    return {
      option: 'expand',
      host,
      reason: `${gapText} That is fewer than the ${fmt.n(ctx.a.minAreaFamilies)} families a year a team of its own needs, so its families join ${hostText(ctx, host)}: ${fmt.smallWte(area.unmet / ctx.fundedFamiliesPerWte)} clinical WTE added there close the gap of ${fmt.n(area.unmet)} families a year.`,
    }
  }
  const option = forced ?? strategyOption(ctx, area, teams.length > 0, pick.hub !== undefined)
  const asSet = forced ? ' (as set for this authority)' : ''

  if (option === 'expand') {
    if (area.unmet <= 0) {
      return { option: 'none', reason: `${gapText} There is no gap for an expansion to close.` }
    }
    if (teams.length === 0)
      return standalone(ctx, area, `${gapText} There is no existing team to expand, so`)
    return {
      option,
      reason: `${gapText} Expanding ${fmt.list(teams)}${asSet} by ${fmt.wte(area.unmet / ctx.fundedFamiliesPerWte)} clinical WTE closes the gap of ${fmt.n(area.unmet)} families a year.`,
    }
  }
  if (option === 'satellite') {
    const hub = pick.hub
    if (!hub) {
      return standalone(ctx, area, `${gapText} ${noHubReason(ctx, area.la, pick.fy)}, so`)
    }
    const therapists = satelliteTherapists(ctx, area.unmet)
    return {
      option,
      hub,
      reason: `${gapText} ${hubText(ctx, hub)} can supervise a satellite of ${fmt.wte(therapists)} parent-infant therapists${asSet} seeing about ${fmt.n(therapists * ctx.fundedFamiliesPerWte)} families a year against ${fmt.n(area.unmet)} unmet.`,
    }
  }
  if (option === 'icb-wide') {
    const hb = data.healthBodies[ctx.index.primaryHb[area.la]!]!
    return {
      option,
      reason: `${gapText} One team for ${hb.name}${asSet} serves its authorities with a gap, shared by their unmet need (${fmt.n(area.unmet)} families a year here).`,
    }
  }
  if (option === 'standalone' && forced)
    return standalone(ctx, area, `${gapText} As set for this authority,`)
  if (option === 'standalone' && settings.strategy === 'standalone') {
    return standalone(
      ctx,
      area,
      `${gapText} The strategy puts a standalone team in every authority with a gap, so`,
    )
  }
  // 'mixed' fell through to a standalone team: say why a satellite was not chosen.
  if (!satelliteWorthIt(ctx, area)) {
    const share = (ctx.a.satelliteTherapists * ctx.fundedFamiliesPerWte) / area.unmet
    return standalone(
      ctx,
      area,
      `${gapText} A ${fmt.wte(ctx.a.satelliteTherapists)}-therapist satellite would meet only ${fmt.pct(share)} of the gap, so`,
    )
  }
  return standalone(ctx, area, `${gapText} ${noHubReason(ctx, area.la, pick.fy)}, so`)
}

/**
 * Whether the authority's plan asks for a satellite, before any hub is found: set by the user,
 * or the strategy's rule where there is a gap. A hub's places go only to these.
 */
export function wantsSatellite(
  ctx: RunContext,
  area: AreaPlan,
  gap: boolean,
  forced: OptionKind | undefined,
): boolean {
  if (forced) return forced === 'satellite'
  if (!gap) return false
  if (!hasActiveTeam(ctx, area.la) && isSmallArea(ctx, area.la) && hostFor(ctx, area.la)) {
    return false
  }
  const strategy = ctx.settings.strategy
  if (strategy === 'satellite') return true
  return strategy === 'mixed' && !hasActiveTeam(ctx, area.la) && satelliteWorthIt(ctx, area)
}

/** In 'mixed', a satellite only where the default-sized one meets enough of the gap. */
function satelliteWorthIt(ctx: RunContext, area: AreaPlan): boolean {
  const satelliteFamilies = ctx.a.satelliteTherapists * ctx.fundedFamiliesPerWte
  return satelliteFamilies >= SATELLITE_MIN_SHARE_OF_GAP * area.unmet
}

function strategyOption(
  ctx: RunContext,
  area: AreaPlan,
  hasTeam: boolean,
  hasHub: boolean,
): OptionKind {
  switch (ctx.settings.strategy) {
    case 'standalone':
      return 'standalone'
    case 'icb-wide':
      return 'icb-wide'
    case 'satellite':
      return 'satellite'
    case 'mixed': {
      if (hasTeam) return 'expand'
      return hasHub && satelliteWorthIt(ctx, area) ? 'satellite' : 'standalone'
    }
  }
}

function standalone(ctx: RunContext, area: AreaPlan, lead: string): Decision {
  const scale = standaloneScale(ctx, area.unmet)
  return {
    option: 'standalone',
    lead,
    reason: `${lead} a standalone team sized to ${fmt.n(scale * ctx.standard.clinicalWte * ctx.fundedFamiliesPerWte)} families a year (${fmt.wte(scale * totalOf(ctx.standard.wte))} WTE, ${scale.toFixed(2)} × the standard team).`,
  }
}

/** Sized so the posts that are filled meet the gap (fundedFamiliesPerWte allows for vacancies). */
export function standaloneScale(ctx: RunContext, unmet: number): number {
  const standardFamilies = ctx.standard.clinicalWte * ctx.fundedFamiliesPerWte
  return Math.max(ctx.a.standaloneMinScale, unmet / standardFamilies)
}

/** At least the set number of therapists, more if that is what closes the gap. */
export function satelliteTherapists(ctx: RunContext, unmet: number): number {
  return Math.max(ctx.a.satelliteTherapists, Math.ceil(unmet / ctx.fundedFamiliesPerWte - 1e-9))
}

function describeToday(teams: string[], coverage: number, need: number): string {
  if (teams.length === 0)
    return `no specialised team today and an estimated ${fmt.n(need)} families a year in need.`
  return `${fmt.list(teams)} meeting about ${fmt.pct(coverage)} of an estimated ${fmt.n(need)} families a year in need.`
}

/** The hub named in a reason: team, where it works and how far. */
export function hubText(ctx: RunContext, hub: HubCandidate): string {
  const team = ctx.data.teams[hub.team]!
  const where = ctx.data.las[hub.la]!.name
  return `${team.name} (${where}, ${fmt.km(hub.distanceKm)})`
}

/** Register teams working here in the first year, with the month their known funding ends. */
function activeTeamNames(ctx: RunContext, la: number): string[] {
  const { startFy, existingTeams, targetFy } = ctx.settings
  return ctx.index.capacityTeamsByLa[la]!.map((t) => ctx.data.teams[t]!)
    .filter((t) => isActive(t, startFy, existingTeams))
    .map((t) =>
      existingTeams === 'as-funded' && t.fundedTo !== null && !isActive(t, targetFy, existingTeams)
        ? `${t.name} (funded to ${fmt.month(t.fundedTo)})`
        : t.name,
    )
}

/** Says which teams no longer count because their funding ended before the plan starts. */
function lapsedTeamsText(ctx: RunContext, la: number): string {
  const { startFy, existingTeams } = ctx.settings
  const lapsed = ctx.index.capacityTeamsByLa[la]!.map((t) => ctx.data.teams[t]!).filter((t) =>
    fundingEnded(t, startFy, existingTeams),
  )
  if (lapsed.length === 0) return ''
  const list = fmt.list(lapsed.map((t) => `${t.name} was funded to ${fmt.month(t.fundedTo!)}`))
  const it = lapsed.length > 1 ? 'they are' : 'it is'
  return ` ${list}; no later funding is known, so ${it} not counted.`
}

function hasActiveTeam(ctx: RunContext, la: number): boolean {
  const fy = ctx.settings.startFy
  return ctx.index.capacityTeamsByLa[la]!.some((t) =>
    isActive(ctx.data.teams[t]!, fy, ctx.settings.existingTeams),
  )
}
