import { BANDS } from '../domain/pay'
import type { OptionKind } from '../domain/scenario'
import { decide, satelliteTherapists, standaloneScale, type Decision } from './choose-option'
import { isActive } from './existing-capacity'
import { areaPlanFor, hasGap } from './area-plan'
import { allotHubs, satelliteFy } from './hub-allotment'
import { fmt } from './format'
import { trainingOf, type Training } from './ramp-up'
import type { AreaPlan, Project } from './plan-types'
import type { RunContext } from './run-context'
import { addBands, clinicalWte, satelliteRoles, totalOf } from './team-templates'

export type { AreaPlan, Project } from './plan-types'

/**
 * Chooses an option for every authority in scope and turns the choices into projects.
 * Only authorities with a gap in the first year get one, unless an override asks for it.
 */
export function planOptions(ctx: RunContext): { areas: AreaPlan[]; projects: Project[] } {
  const { data, index, settings } = ctx
  const areas: AreaPlan[] = []
  const projects: Project[] = []
  const groups = new Map<number, AreaPlan[]>()
  for (const { index: i } of ctx.scope.las) {
    if (ctx.scopeShare[i]! > 0) areas.push(areaPlanFor(ctx, i))
  }

  const hubs = allotHubs(ctx)
  const byCounty = settings.planningUnit === 'upper-tier'
  // Upper-tier planning: a county's new teams and the small districts joining them, by county.
  const counties = new Map<string, { teams: AreaPlan[]; joining: AreaPlan[] }>()
  const decisions = new Map<AreaPlan, { decision: Decision; fixedStartFy: number | null }>()
  for (const area of areas) {
    const i = area.la
    const override = settings.overrides[data.las[i]!.code]
    const decision = decide(ctx, area, hasGap(area), override?.option, {
      hub: hubs[i],
      fy: satelliteFy(ctx, i),
    })
    area.option = decision.option
    area.reason = decision.reason
    const fixedStartFy =
      override?.startFy !== undefined ? Math.max(override.startFy, settings.startFy) : null

    if (decision.option === 'icb-wide') {
      const hb = index.primaryHb[i]!
      const members = groups.get(hb) ?? []
      members.push(area)
      groups.set(hb, members)
      continue
    }
    if (decision.option === 'none') continue
    const county = byCounty ? countyOf(ctx, area, decision, override?.option) : null
    if (county) {
      const entry = counties.get(county) ?? { teams: [], joining: [] }
      entry[decision.option === 'standalone' ? 'teams' : 'joining'].push(area)
      counties.set(county, entry)
      decisions.set(area, { decision, fixedStartFy })
      continue
    }
    addProject(projects, area, buildProject(ctx, area, decision, fixedStartFy))
  }

  for (const { teams, joining } of counties.values()) {
    const members = [...teams, ...joining]
    if (teams.length === 0 || members.length === 1) {
      // No county team for a small district to join, or a county team for one district only.
      for (const area of members) {
        const { decision, fixedStartFy } = decisions.get(area)!
        addProject(projects, area, buildProject(ctx, area, decision, fixedStartFy))
      }
      continue
    }
    const tier = ctx.data.las[members[0]!.la]!.upperTier
    const project = buildPooledProject(ctx, 'standalone', tier, members)
    for (const area of members) {
      const sentence = `it shares one new team for ${tier.name} (planning by upper-tier council): ${sizeText(ctx, project)} for ${fmt.n(project.unmet)} families a year unmet across its ${members.length} districts with a gap, ${fmt.n(area.unmet)} of them here.`
      const lead = decisions.get(area)!.decision.lead
      area.reason = lead ? `${lead} ${sentence}` : `${area.reason} ${capitalise(sentence)}`
      area.project = projects.length
    }
    projects.push(project)
  }

  for (const [hb, members] of [...groups].sort((x, y) => x[0] - y[0])) {
    const project = buildHealthBodyProject(ctx, hb, members)
    for (const area of members) area.project = projects.length
    projects.push(project)
  }

  for (const p of projects) weighInScope(ctx, p)
  return { areas, projects }
}

function addProject(projects: Project[], area: AreaPlan, project: Project): void {
  area.project = projects.length
  area.hubTeam = project.hubTeam
  area.hubLa = project.hubLa
  projects.push(project)
}

/**
 * The upper-tier council whose one new team this authority's new provision would be part of: a
 * new team here, or a small district's posts joining the provision of a district of the same
 * county that has no team yet. Null for everything else (satellites, expansions of a team).
 * One team per county: it starts in the earliest year set for any of its districts.
 */
function countyOf(
  ctx: RunContext,
  area: AreaPlan,
  decision: Decision,
  forced: OptionKind | undefined,
): string | null {
  const tier = ctx.data.las[area.la]!.upperTier.code
  if (decision.option === 'standalone') return tier
  const host = decision.host
  // Posts set by hand to join a neighbour's provision stay posts, as set.
  if (decision.option === 'expand' && host && host.team < 0 && !forced) {
    return ctx.data.las[host.la]!.upperTier.code === tier ? tier : null
  }
  return null
}

/** The project's share inside the scope and its babies there, which scale it into scope totals. */
export function weighInScope(ctx: RunContext, p: Project): void {
  p.scopeShare = 0
  p.las.forEach((i, k) => (p.scopeShare += ctx.scopeShare[i]! * p.weights[k]!))
  p.babies = 0
  for (const i of p.las) p.babies += ctx.scopeShare[i]! * ctx.pop.under2[i * ctx.nYears]!
}

function emptyProject(
  ctx: RunContext,
  area: AreaPlan,
  kind: Project['kind'],
  fixedStartFy: number | null,
): Project {
  const la = ctx.data.las[area.la]!
  return {
    kind,
    las: [area.la],
    weights: [1],
    wte: zeros(),
    hubWte: zeros(),
    clinicalWte: 0,
    traineeWte: 0,
    traineePayDelta: zeros(),
    setup: 0,
    capacity: 0,
    hubTeam: -1,
    hubLa: -1,
    expandedTeams: [],
    fixedStartFy,
    plannedFy: null,
    heldBy: [],
    startFy: null,
    scopeShare: 0,
    unmet: area.unmet,
    babies: 0,
    coverage: area.coverage,
    name: la.name,
    code: la.code,
  }
}

/** The project for one authority's decided option (not 'icb-wide' or 'none'). */
export function buildProject(
  ctx: RunContext,
  area: AreaPlan,
  decision: Decision,
  fixedStartFy: number | null,
): Project {
  const { a } = ctx
  const p = emptyProject(ctx, area, decision.option as Project['kind'], fixedStartFy)
  if (p.kind === 'expand') {
    // New posts in the standard clinical mix, ring-fenced to this authority's gap, enough
    // that the ones filled close it.
    p.clinicalWte = area.unmet / ctx.fundedFamiliesPerWte
    const mix = ctx.standard.clinicalMix
    for (let b = 0; b < BANDS.length; b++) p.wte[b] = mix[b]! * p.clinicalWte
    addTraining(p, ctx.standard.training, p.clinicalWte / ctx.standard.clinicalWte)
    p.expandedTeams = ctx.index.capacityTeamsByLa[area.la]!.filter((t) =>
      isActive(ctx.data.teams[t]!, ctx.settings.startFy, ctx.settings.existingTeams),
    )
    // A small authority's posts join its host's team: the host is where they work from.
    if (decision.host) {
      if (decision.host.team >= 0) p.expandedTeams = [decision.host.team]
      p.hubLa = decision.host.la
    }
  } else if (p.kind === 'satellite') {
    const hub = decision.hub!
    const therapists = satelliteTherapists(ctx, area.unmet)
    const { roles, hubRoles } = satelliteRoles(
      ctx.satellite.template,
      ctx.satellite.roles,
      therapists,
    )
    addBands(roles, 1, p.wte)
    addBands(hubRoles, 1, p.hubWte)
    p.clinicalWte = clinicalWte(roles)
    addTraining(p, trainingOf(roles), 1)
    p.setup = a.setupCostSatellite
    p.hubTeam = hub.team
    p.hubLa = hub.la
  } else {
    const scale = standaloneScale(ctx, area.unmet)
    for (let b = 0; b < BANDS.length; b++) p.wte[b] = ctx.standard.wte[b]! * scale
    p.clinicalWte = ctx.standard.clinicalWte * scale
    addTraining(p, ctx.standard.training, scale)
    p.setup = a.setupCostStandard
  }
  p.capacity = p.clinicalWte * ctx.fundedFamiliesPerWte
  return p
}

/** One health-body-wide team for the given members, shared by their unmet need. */
export function buildHealthBodyProject(ctx: RunContext, hb: number, members: AreaPlan[]): Project {
  const p = buildPooledProject(ctx, 'icb-wide', ctx.data.healthBodies[hb]!, members)
  const n = members.length
  for (const m of members) {
    m.reason += ` The team is ${sizeText(ctx, p)} for ${n} ${n === 1 ? 'authority' : 'authorities'} with ${fmt.n(p.unmet)} families a year unmet.`
  }
  return p
}

/**
 * One new team serving the given members (a health body's, or an upper-tier council's), sized to
 * their unmet need together and shared by it, so each authority's share closes its own gap.
 */
export function buildPooledProject(
  ctx: RunContext,
  kind: 'icb-wide' | 'standalone',
  body: { name: string; code: string },
  members: AreaPlan[],
): Project {
  const first = members[0]!
  let fixedStartFy: number | null = null
  for (const m of members) {
    const o = ctx.settings.overrides[ctx.data.las[m.la]!.code]
    if (o?.startFy !== undefined) {
      const fy = Math.max(o.startFy, ctx.settings.startFy)
      fixedStartFy = fixedStartFy === null ? fy : Math.min(fixedStartFy, fy)
    }
  }
  const p = emptyProject(ctx, first, kind, fixedStartFy)
  let unmet = 0
  let needSum = 0
  let capSum = 0
  for (const m of members) {
    unmet += m.unmet
    needSum += ctx.need[m.la * ctx.nYears]!
    capSum += Math.min(ctx.need[m.la * ctx.nYears]!, ctx.existingCap[m.la * ctx.nYears]!)
  }
  p.las = members.map((m) => m.la)
  p.weights = members.map((m) => (unmet > 0 ? m.unmet / unmet : 1 / members.length))
  p.unmet = unmet
  p.coverage = needSum > 0 ? capSum / needSum : 1
  p.name = body.name
  p.code = body.code
  const scale = standaloneScale(ctx, unmet)
  for (let b = 0; b < BANDS.length; b++) p.wte[b] = ctx.standard.wte[b]! * scale
  p.clinicalWte = ctx.standard.clinicalWte * scale
  addTraining(p, ctx.standard.training, scale)
  p.setup = ctx.a.setupCostStandard
  p.capacity = p.clinicalWte * ctx.fundedFamiliesPerWte
  return p
}

/** '24.6 WTE (3.52 × the standard team)'. */
function sizeText(ctx: RunContext, p: Project): string {
  const scale = p.clinicalWte / ctx.standard.clinicalWte
  return `${fmt.wte(totalOf(p.wte))} WTE (${scale.toFixed(2)} × the standard team)`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function addTraining(p: Project, training: Training, factor: number): void {
  p.traineeWte += training.traineeWte * factor
  for (let b = 0; b < BANDS.length; b++) {
    p.traineePayDelta[b] = p.traineePayDelta[b]! + training.payDelta[b]! * factor
  }
}

// Plain arrays: allocating small typed arrays per project showed up in profiles.
function zeros(): number[] {
  return [0, 0, 0, 0, 0, 0, 0, 0, 0]
}
