import type { PlanAlternative, PlanArea } from '../../domain/least-cost'
import { hubText } from '../choose-option'
import { isActive } from '../existing-capacity'
import { hostText as smallHostText } from '../small-areas'
import { fmt } from '../format'
import { trainedAfter } from '../ramp-up'
import { projectCost } from '../phasing'
import { hubLimit, hubsInReach } from '../hubs'
import type { HubCandidate } from '../model-index'
import { totalOf } from '../team-templates'
import { breaches, evaluate, type Evaluation } from './evaluate'
import { money } from './money'
import { coverage as coverageOf, poolFigures } from './pool'
import type { Choice, OwnOption, Problem, Unit } from './problem'
import type { Solved } from './solve'

const FULL = 1 - 1e-9

/** One row per authority in scope, each with why it got its option and its start year. */
export function explainAreas(solved: Solved): PlanArea[] {
  const { problem: p, plan, picks } = solved
  const { ctx } = p
  const T = p.nYears - 1
  const unitOf = new Map(p.units.map((u, k) => [u.la, k]))
  const rows: PlanArea[] = []
  const scopeLas = ctx.scope.las.filter((l) => l.share > 0)
  const rank = ctx.index.laNameRank
  for (const { index: i, share } of [...scopeLas].sort((x, y) => rank[x.index]! - rank[y.index]!)) {
    const la = ctx.data.las[i]!
    const k = unitOf.get(i)
    if (k === undefined) {
      const cell = i * p.nYears + T
      rows.push({
        code: la.code,
        name: la.name,
        share,
        option: 'none',
        startFy: null,
        hubTeamId: null,
        hubName: null,
        cost: 0,
        coverage: coverageOf(ctx.existingCap[cell]!, ctx.need[cell]!),
        alternatives: [],
        reason: alreadyMet(p, i),
      })
      continue
    }
    const unit = p.units[k]!
    const choice = picks[k]! >= 0 ? unit.choices[picks[k]!]! : null
    const s = choice?.s ?? p.lastFull
    const alternatives = alternativesFor(p, plan, k, s)
    const hub = hubOf(p, k, solved.hubs[k]!)
    const reason = choice
      ? `${optionReason(solved, k, choice, alternatives)} ${startReason(solved, k, choice)}${shortfall(solved, k, choice)}`
      : leftOut(solved, k)
    rows.push({
      code: la.code,
      name: la.name,
      share,
      option: choice ? outward(p, k, choice.option) : 'none',
      startFy: choice ? ctx.fys[choice.s]! : null,
      hubTeamId: hub ? ctx.data.teams[hub.team]!.id : null,
      hubName: hub ? ctx.data.teams[hub.team]!.name : null,
      cost: plan.unitCash[k]!,
      coverage: Math.min(1, unit.baseCoverage + plan.unitGain[k]! / unit.babies),
      alternatives: alternatives.map((a) => ({ ...a, option: outward(p, k, a.option) })),
      reason,
    })
  }
  return rows
}

/** A county's pooled team is its one standalone team, as the plan's scenario builds it. */
export function outward<O extends Choice['option']>(p: Problem, k: number, option: O) {
  return option === 'icb-wide' && isCounty(p, k) ? 'standalone' : option
}

function isCounty(p: Problem, k: number): boolean {
  const g = p.units[k]!.group
  return g >= 0 && p.groups[g]!.county
}

function alreadyMet(p: Problem, i: number): string {
  const { ctx } = p
  const T = p.nYears - 1
  const need = ctx.need[i * p.nYears + T]!
  const teams = ctx.index.capacityTeamsByLa[i]!.map((t) => ctx.data.teams[t]!)
    .filter((t) => isActive(t, ctx.fys[T]!, ctx.settings.existingTeams))
    .map((t) => t.name)
  if (need <= 0)
    return `The estimated need in ${fmt.fy(ctx.fys[T]!)} is nil, so nothing new is needed.`
  return `${fmt.list(teams)} already ${teams.length > 1 ? 'meet' : 'meets'} the estimated need of ${fmt.n(need)} families a year in ${fmt.fy(ctx.fys[T]!)}, so nothing new is needed.`
}

/** Cost inside the scope of an authority's own option started in year index s, £. */
function ownCost(p: Problem, unit: Unit, option: OwnOption, s: number): number {
  const project = unit.own[option]!.project
  let cost = 0
  for (let y = s; y < p.nYears; y++) cost += projectCost(p.ctx, project, s, y) * project.scopeShare
  return cost
}

/** What joining (or, for a member, staying in) its health body's pool adds to that pool's cost. */
function poolMargin(p: Problem, plan: Evaluation, k: number): { cost: number; s: number } | null {
  const group = p.units[k]!.group
  const pool = plan.pools.find((x) => x.group === group)
  if (!pool) return null
  const others = pool.members.filter((m) => m !== k)
  const without = others.length > 0 ? poolFigures(p, others, pool.s).cash : 0
  return { cost: poolFigures(p, [...others, k], pool.s).cash - without, s: pool.s }
}

function alternativesFor(p: Problem, plan: Evaluation, k: number, s: number): PlanAlternative[] {
  const unit = p.units[k]!
  const out: PlanAlternative[] = []
  for (const option of ['satellite', 'expand', 'standalone'] as const) {
    if (!unit.own[option]) continue
    // A county district's only standalone team is the county's, listed as the pool below.
    if (option === 'standalone' && isCounty(p, k)) continue
    const alt: PlanAlternative = { option, cost: ownCost(p, unit, option, s) }
    const hub = unit.own[option]!.decision.hub
    if (hub) alt.hubName = p.ctx.data.teams[hub.team]!.name
    out.push(alt)
  }
  // With no county team in the plan, a district's alternative is the county's team for it alone.
  const margin =
    poolMargin(p, plan, k) ?? (isCounty(p, k) ? { cost: poolFigures(p, [k], s).cash, s } : null)
  if (margin && margin.s === s) out.push({ option: 'icb-wide', cost: margin.cost })
  return out.sort((x, y) => x.cost - y.cost)
}

/** Unit k's hub team (index, or -1 for none) as a candidate with its distance. */
export function hubOf(p: Problem, k: number, team: number): HubCandidate | null {
  if (team < 0) return null
  return p.ctx.index.hubCandidates[p.units[k]!.la]!.find((c) => c.team === team) ?? null
}

/** The option in words, as a noun phrase; a satellite names its hub (the nearest free one unless given). */
function describe(p: Problem, k: number, option: Choice['option'], hub?: HubCandidate): string {
  const { ctx } = p
  const unit = p.units[k]!
  if (option === 'satellite') {
    const wte = unit.own.satellite!.project.clinicalWte
    return `a ${fmt.wte(wte)}-therapist satellite of ${hubText(ctx, hub ?? unit.own.satellite!.decision.hub!)}`
  }
  if (option === 'expand') {
    const host = unit.own.expand!.decision.host
    if (host) {
      return `${fmt.smallWte(unit.own.expand!.project.clinicalWte)} clinical WTE added to ${smallHostText(ctx, host)}, as it has too few families for a team of its own`
    }
    const teams = ctx.index.capacityTeamsByLa[unit.la]!.map((t) => ctx.data.teams[t]!)
      .filter((t) => isActive(t, ctx.settings.startFy, ctx.settings.existingTeams))
      .map((t) => t.name)
    return `expanding ${fmt.list(teams)} by ${fmt.wte(unit.own.expand!.project.clinicalWte)} clinical WTE`
  }
  if (option === 'standalone') {
    const project = unit.own.standalone!.project
    const scale = project.clinicalWte / ctx.standard.clinicalWte
    const least = scale <= ctx.a.standaloneMinScale + 1e-9 ? ', the minimum size' : ''
    return `a standalone team of ${fmt.wte(totalOf(project.wte))} WTE (${scale.toFixed(2)} × the standard team${least})`
  }
  const group = p.groups[unit.group]!
  return group.county
    ? `one new team for ${group.name} (planning by upper-tier council)`
    : `one ${group.name} team`
}

function label(p: Problem, k: number, alt: PlanAlternative): string {
  if (alt.option !== 'icb-wide') return describe(p, k, alt.option)
  return isCounty(p, k) ? describe(p, k, 'icb-wide') : 'joining the health-body-wide team'
}

function optionReason(
  solved: Solved,
  k: number,
  choice: Choice,
  alternatives: PlanAlternative[],
): string {
  const { problem: p, plan } = solved
  const T = fmt.fy(p.ctx.fys[p.nYears - 1]!)
  const others = alternatives.filter((a) => a.option !== choice.option)
  const against =
    others.length > 0
      ? `, against ${fmt.list(others.map((a) => `${money(a.cost)} for ${label(p, k, a)}`))}`
      : ', the only option here'
  let text: string
  if (choice.option === 'icb-wide') {
    const pool = plan.pools.find((x) => x.members.includes(k))!
    const names = pool.members
      .filter((m) => m !== k)
      .map((m) => p.ctx.data.las[p.units[m]!.la]!.name)
    const margin = alternatives.find((a) => a.option === 'icb-wide')?.cost ?? plan.unitCash[k]!
    text =
      names.length === 0
        ? `${capitalise(describe(p, k, 'icb-wide'))}, serving this district alone, costs ${money(margin)} to ${T}${against}.`
        : `Pooled into ${describe(p, k, 'icb-wide')} with ${fmt.list(names)}: ` +
          `it adds ${money(margin)} to that team's cost to ${T}${against}. ` +
          `Its share of the team's cost, by unmet need, is ${money(plan.unitCash[k]!)}.`
  } else {
    const own = alternatives.find((a) => a.option === choice.option)!
    const hub = hubOf(p, k, solved.hubs[k]!) ?? undefined
    text = `${capitalise(describe(p, k, choice.option, hub))} costs ${money(own.cost)} to ${T}${against}.`
    if (hub) text += ` ${hubNote(solved, k, choice)}`
  }
  const cheapest = alternatives[0]
  if (cheapest && cheapest.option !== choice.option) {
    text += ` ${whyNotCheapest(solved, k, choice, cheapest)}`
  }
  return text.trim()
}

/** Which hub, and why that one: supervision costs the same from any, but places are few. */
function hubNote(solved: Solved, k: number, choice: Choice): string {
  const { problem: p, hubs } = solved
  const { ctx } = p
  const inReach = hubsInReach(ctx, p.units[k]!.la, ctx.fys[choice.s]!)
  const limit = hubLimit(ctx)
  const places = `each hub supervises at most ${limit} ${limit === 1 ? 'satellite' : 'satellites'}`
  if (inReach.length <= 1) return `It is the only hub team in reach (${places}).`
  const used = new Int32Array(p.hubSlots.length)
  for (const h of hubs) if (h >= 0) used[h]!++
  const nearer = inReach.slice(
    0,
    inReach.findIndex((c) => c.team === hubs[k]),
  )
  if (nearer.length > 0 && nearer.every((c) => used[c.team]! >= p.hubSlots[c.team]!)) {
    return `${fmt.list(nearer.map((c) => ctx.data.teams[c.team]!.name))} ${nearer.length > 1 ? 'are' : 'is'} nearer but already ${nearer.length > 1 ? 'supervise' : 'supervises'} as many satellites as a hub can (${places}).`
  }
  return `${inReach.length} hub teams are in reach and supervision costs the same from any of them (${places}).`
}

/** Why a dearer option won: more coverage in the target year, or the cheaper one breaks a cap. */
function whyNotCheapest(solved: Solved, k: number, choice: Choice, cheapest: PlanAlternative) {
  const { problem: p, picks } = solved
  const unit = p.units[k]!
  const name = label(p, k, cheapest)
  if (cheapest.option === 'icb-wide') return ''
  const j = unit.choices.findIndex((c) => c.option === cheapest.option && c.s === choice.s)
  const alt = j >= 0 ? unit.choices[j]! : null
  if (!alt || alt.gain < choice.gain - p.gainTolerance) {
    return `The cheaper option, ${name}, would meet less of the need in ${fmt.fy(p.ctx.fys[p.nYears - 1]!)} from the same start.`
  }
  const swapped = Int32Array.from(picks)
  swapped[k] = j
  const broken = capText(p, evaluate(p, swapped))
  return broken ? `The cheaper option, ${name}, would break ${broken}.` : ''
}

function startReason(solved: Solved, k: number, choice: Choice): string {
  const { problem: p, plan } = solved
  const { ctx } = p
  const T = p.nYears - 1
  const { a } = ctx
  // What a start must wait for: the recruitment lag, and a recruit-to-train post's study.
  const ramp =
    ctx.standard.training.traineeWte > 0
      ? `the ${fmt.wte(a.productivityLagMonths)}-month recruitment lag and ${fmt.wte(trainedAfter(a))} months of recruit-to-train study`
      : `the ${fmt.wte(a.productivityLagMonths)}-month recruitment lag`
  const starts = `It starts in April ${ctx.fys[choice.s]!} (${fmt.fy(ctx.fys[choice.s]!)})`
  const share = fmt.pct(p.productive[choice.s]!)
  const unit = p.units[k]!
  const covered = unit.baseCoverage + plan.unitGain[k]! / unit.babies >= FULL
  if (p.productive[p.lastFull]! < 1 - 1e-9 && choice.s === ctx.firstStart) {
    const first =
      ctx.firstStart === 0
        ? 'the first year modelled'
        : `the first year a new team can start in (${fmt.fy(ctx.fys[0]!)} is past its April)`
    return `${starts}, ${first}; after ${ramp} it gives ${share} of a full year's capacity in ${fmt.fy(ctx.fys[T]!)}.`
  }
  if (choice.s === p.lastFull) {
    if (p.lastFull === T)
      return `${starts}, the target year itself: with no wait for recruitment or training it is productive all year.`
    return `${starts}, the latest start that is fully productive for all of ${fmt.fy(ctx.fys[T]!)} after ${ramp}, so nothing is spent earlier than needed.`
  }
  if (choice.s > p.lastFull) {
    const late = `${starts}, later than a start productive all year, so it gives ${share} of a full year's capacity in ${fmt.fy(ctx.fys[T]!)}`
    if (covered)
      return `${late}: sized above the gap, that is still enough to meet the need, and it costs less.`
    const earlier = moved(solved, k, p.lastFull)
    return `${late} and meets ${fmt.pct(unit.baseCoverage + plan.unitGain[k]! / unit.babies)} of the need${earlier ? `; starting in ${fmt.fy(ctx.fys[p.lastFull]!)} would break ${earlier}` : ''}.`
  }
  const later = moved(solved, k, p.lastFull)
  const when = fmt.fy(ctx.fys[p.lastFull]!)
  if (later)
    return `${starts}, earlier than needed, because starting in ${when} would break ${later}.`
  const early = earlierSupport(solved, k, choice)
  if (early && early.families > 0) {
    return `${starts}, earlier than needed for ${fmt.fy(ctx.fys[T]!)}: against a start in ${when} it supports ${fmt.n(early.families)} more family-years of need, worth ${money(early.families * p.familyValue)} at ${money(p.familyValue)} each [A], for ${money(early.cash)} more in cost.`
  }
  return `${starts}, earlier than needed for ${fmt.fy(ctx.fys[T]!)}: with the other starts this fits the caps at the least total cost.`
}

/**
 * What starting in the choice's year gives against the latest fully productive start of the
 * same provision: family-years of need supported and cash, for the whole pool if it is one.
 */
function earlierSupport(
  solved: Solved,
  k: number,
  choice: Choice,
): { families: number; cash: number } | null {
  const { problem: p, plan } = solved
  if (p.familyValue === 0) return null
  const late = (x: { cost: number; cash: number }, y: { cost: number; cash: number }) => ({
    families: (y.cost - y.cash - (x.cost - x.cash)) / p.familyValue,
    cash: x.cash - y.cash,
  })
  if (choice.option === 'icb-wide') {
    const pool = plan.pools.find((x) => x.members.includes(k))
    if (!pool) return null
    return late(poolFigures(p, pool.members, choice.s), poolFigures(p, pool.members, p.lastFull))
  }
  const alt = p.units[k]!.choices.find((c) => c.option === choice.option && c.s === p.lastFull)
  return alt ? late(choice, alt) : null
}

/** Why a team that works all year still leaves part of the need unmet. */
function shortfall(solved: Solved, k: number, choice: Choice): string {
  const { problem: p, plan } = solved
  const unit = p.units[k]!
  const coverage = unit.baseCoverage + plan.unitGain[k]! / unit.babies
  if (coverage >= FULL || choice.s > p.lastFull) return ''
  const rs = p.ctx.a.recruitmentSuccess
  const filled = rs < 1 ? `, as only ${fmt.pct(rs)} of new posts are assumed filled` : ''
  return ` It meets ${fmt.pct(coverage)} of the need in ${fmt.fy(p.ctx.fys[p.nYears - 1]!)}${filled}.`
}

/** The caps broken if this authority (with its whole pool) started in year index s instead. */
function moved(solved: Solved, k: number, s: number): string | null {
  const { problem: p, plan, picks } = solved
  const unit = p.units[k]!
  const current = unit.choices[picks[k]!]!
  const movers =
    current.option === 'icb-wide' ? plan.pools.find((x) => x.members.includes(k))!.members : [k]
  const next = Int32Array.from(picks)
  for (const m of movers) {
    const opt = p.units[m]!.choices[picks[m]!]!.option
    const j = p.units[m]!.choices.findIndex((c) => c.option === opt && c.s === s)
    if (j < 0) return null
    next[m] = j
  }
  return capText(p, evaluate(p, next))
}

/** "the budget cap of £2m a year in 2029/30" for the first year each cap is broken. */
function capText(p: Problem, e: Evaluation): string | null {
  const { ctx } = p
  const b = breaches(p, e)
  const parts: string[] = []
  if (b.budget.length > 0) {
    parts.push(`the budget cap of ${money(p.budget)} a year in ${fmt.fy(ctx.fys[b.budget[0]!]!)}`)
  }
  if (b.workforce.length > 0) {
    parts.push(
      `the workforce cap of ${fmt.wte(p.workforce)} new clinical WTE a year in ${fmt.fy(ctx.fys[b.workforce[0]!]!)}`,
    )
  }
  return parts.length > 0 ? fmt.list(parts) : null
}

function leftOut(solved: Solved, k: number): string {
  const { problem: p, picks, uncappedPicks } = solved
  const { ctx } = p
  const unit = p.units[k]!
  const la = ctx.data.las[unit.la]!
  const need = `${la.name} has an estimated ${fmt.n(unit.need)} families a year in need in ${fmt.fy(ctx.fys[p.nYears - 1]!)}, ${fmt.pct(unit.baseCoverage)} met by existing teams.`
  const preferred = uncappedPicks[k]! >= 0 ? unit.choices[uncappedPicks[k]!]! : null
  if (!preferred) return `${need} No new provision: nothing that could start would add coverage.`
  let option: Choice['option'] = preferred.option
  if (option === 'icb-wide' && !isCounty(p, k)) {
    option = unit.own.satellite ? 'satellite' : 'standalone'
  }
  const j = unit.choices.findIndex((c) => c.option === option && c.s === p.lastFull)
  const trial = Int32Array.from(picks)
  trial[k] = j >= 0 ? j : uncappedPicks[k]!
  const broken = capText(p, evaluate(p, trial))
  const what = describe(p, k, option)
  return broken
    ? `${need} Left out within the caps: ${what}, starting in ${fmt.fy(ctx.fys[p.lastFull]!)}, would break ${broken}. The money and staff cover more babies elsewhere.`
    : `${need} Left out within the caps: the money and staff cover more babies elsewhere.`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
