import type { ExplainStep } from '../../domain/explain'
import { productiveShare as rampShare, trainedAfter } from '../ramp-up'
import type { Project } from '../plan-types'
import { totalOf } from '../team-templates'
import { use, type Ledger } from './ledger'
import { valueText } from './rollup'
import { say } from './text'

/** 'Satellite of Blackpool PAIRS for Blackburn with Darwen'. */
export function projectName(ledger: Ledger, p: Project): string {
  const { data } = ledger.ctx
  switch (p.kind) {
    case 'satellite':
      return `Satellite of ${data.teams[p.hubTeam]!.name} for ${p.name}`
    case 'standalone':
      return `New standalone team for ${p.name}`
    case 'icb-wide':
      return `New team for the whole of ${p.name}`
    case 'expand': {
      const names = p.expandedTeams.map((t) => data.teams[t]!.name)
      // A small authority's posts added to the provision of the larger one next to it.
      const host = p.hubLa >= 0 ? ` for ${p.name}` : ''
      if (names.length) return `Expansion of ${say.list(names)}${host}`
      return p.hubLa >= 0
        ? `Posts for ${p.name} in the provision for ${data.las[p.hubLa]!.name}`
        : `Expansion of the team in ${p.name}`
    }
  }
}

/** 'starts in 2026/27', or why it never starts. */
export function startText(ledger: Ledger, p: Project): string {
  const last = ledger.ctx.fys.at(-1)!
  if (p.startFy !== null) return `starts in ${say.fy(p.startFy)}`
  if (p.plannedFy !== null && p.plannedFy > last) return `set to start after ${say.fy(last)}`
  return `cannot start by ${say.fy(last)} within the caps`
}

/** Share of its full capacity a project gives in year index y, its posts each at their ramp. */
export function productiveShare(ledger: Ledger, p: Project, y: number): number {
  if (p.startFy === null) return 0
  const { a, fys } = ledger.ctx
  return rampShare(a, p.clinicalWte, p.traineeWte, p.startFy, fys[y]!)
}

/** How a project's posts come on stream, for the working: lag, and any recruit-to-train ramp. */
export function rampWording(ledger: Ledger, p: Project): string {
  const lag = use(ledger, 'productivityLagMonths')
  if (p.traineeWte <= 1e-9) return `after a ${say.n(lag)}-month recruitment lag`
  const productive = use(ledger, 'traineeProductiveMonths')
  const share = use(ledger, 'traineeCaseloadShare')
  use(ledger, 'traineeTrainedMonths')
  const trained = trainedAfter(ledger.ctx.a)
  const trainees = `${say.wte(p.traineeWte)} recruit-to-train WTE seeing families after ${say.n(productive)} months, at ${say.share(share)} of a caseload until fully trained at ${say.n(trained)} months`
  if (p.traineeWte >= p.clinicalWte - 1e-9) return `with its ${trainees}`
  return `with its qualified posts after a ${say.n(lag)}-month recruitment lag and its ${trainees}`
}

/** Projects serving authority i, with the share of each going to it. */
export function projectsServing(ledger: Ledger, i: number): { p: Project; weight: number }[] {
  const out: { p: Project; weight: number }[] = []
  for (const p of ledger.trace.projects) {
    const k = p.las.indexOf(i)
    if (k >= 0) out.push({ p, weight: p.weights[k]! })
  }
  return out
}

/** How the project's clinical staff were sized from the gap it closes. */
export function sizingStep(ledger: Ledger, p: Project): ExplainStep {
  const { ctx } = ledger
  const perWte = fundedFamiliesPerWte(ledger)
  if (p.kind === 'satellite') {
    const min = use(ledger, 'satelliteTherapists')
    ledger.templates.add('satellite')
    return {
      label: 'Clinical staff',
      value: p.clinicalWte,
      unit: 'WTE',
      formula: `Clinical WTE = therapists: at least ${say.n(min)} (the satellite default), more if the largest unmet need of ${say.n(p.unmet)} families a year ÷ ${say.n(perWte)} families per funded WTE needs it = ${say.wte(p.clinicalWte)}`,
    }
  }
  if (p.kind === 'expand') {
    ledger.templates.add('standard')
    return {
      label: 'Clinical staff',
      value: p.clinicalWte,
      unit: 'WTE',
      formula: `Clinical WTE = largest unmet need ${say.n(p.unmet)} families a year ÷ ${say.n(perWte)} families per funded WTE = ${say.wte(p.clinicalWte)}, in the standard team's clinical mix`,
    }
  }
  const min = use(ledger, 'standaloneMinScale')
  ledger.templates.add('standard')
  const standardFamilies = ctx.standard.clinicalWte * ctx.fundedFamiliesPerWte
  const scale = p.clinicalWte / ctx.standard.clinicalWte
  return {
    label: 'Team size',
    value: totalOf(p.wte),
    unit: 'WTE',
    formula: `Scale = largest unmet need ${say.n(p.unmet)} families a year ÷ a standard team's ${say.n(standardFamilies)} (at least ${say.factor(min)}) = ${say.factor(scale)}; posts = standard team ${say.wte(totalOf(ctx.standard.wte))} × ${say.factor(scale)} = ${say.wte(totalOf(p.wte))}, of whom ${say.wte(p.clinicalWte)} clinical`,
  }
}

/** Families one clinical WTE sees a year once productive = families per WTE × (1 − supervision). */
export function familiesPerWte(ledger: Ledger): number {
  use(ledger, 'familiesPerClinicalWte')
  use(ledger, 'supervisionShare')
  return ledger.ctx.familiesPerWte
}

/**
 * Families a year per funded new post = per WTE × (1 − supervision) × posts filled: new
 * provision is sized by it, so that the posts filled meet the need.
 */
export function fundedFamiliesPerWte(ledger: Ledger): number {
  familiesPerWte(ledger)
  use(ledger, 'recruitmentSuccess')
  return ledger.ctx.fundedFamiliesPerWte
}

/** Families a year the project sees once productive, after recruitment success. */
export function projectCapacityStep(ledger: Ledger, p: Project): ExplainStep {
  const fpw = use(ledger, 'familiesPerClinicalWte')
  const sup = use(ledger, 'supervisionShare')
  const success = use(ledger, 'recruitmentSuccess')
  return {
    label: `${projectName(ledger, p)}: families a year once productive`,
    value: p.capacity,
    unit: 'families a year',
    formula: `Capacity = clinical ${say.wte(p.clinicalWte)} × ${say.n(fpw)} families per clinical WTE × (1 − supervision ${say.rate(sup)}) × recruitment success ${say.rate(success)} = ${valueText(p.capacity, 'families a year')}`,
    children: [sizingStep(ledger, p)],
  }
}
