import type { ExplainStep, ExplainTeam } from '../../domain/explain'
import { existingTeamCapacity, fundingEnded, isActive, workingMonths } from '../existing-capacity'
import { fmt } from '../format'
import { firstProductiveMonths, servedShare } from '../ramp-up'
import { coverageOf } from '../run-scenario'
import { clinicalWte } from '../team-templates'
import { cellOf } from './areas'
import { use, type Ledger } from './ledger'
import { needStep } from './population-steps'
import {
  productiveShare,
  projectCapacityStep,
  projectName,
  projectsServing,
  rampWording,
  startText,
} from './projects'
import { sumOf, valueText } from './rollup'
import { say } from './text'

const FAMILIES = 'families a year' as const

/** Register teams working in authority i in year index y. */
export function activeTeams(ledger: Ledger, i: number, y: number): number[] {
  const { ctx } = ledger
  return ctx.index.capacityTeamsByLa[i]!.filter((t) =>
    isActive(ctx.data.teams[t]!, ctx.fys[y]!, ctx.settings.existingTeams),
  )
}

/** Records a register team as used and says how its families a year were reached. */
export function noteTeam(ledger: Ledger, t: number): ExplainTeam {
  const known = ledger.teams.get(t)
  if (known) return known
  const team = ledger.ctx.data.teams[t]!
  const a = ledger.ctx.a
  let basis: string
  if (team.staffing) {
    const fpw = use(ledger, 'familiesPerClinicalWte')
    const sup = use(ledger, 'supervisionShare')
    basis = `known staffing: clinical ${say.wte(clinicalWte(team.staffing))} × ${say.n(fpw)} families per clinical WTE × (1 − supervision ${say.rate(sup)})`
  } else {
    const each = use(ledger, 'existingTeamFamiliesPerYear')
    const many =
      team.teamsRepresented > 1 ? ` × ${team.teamsRepresented} teams this row stands for` : ''
    basis = `staffing not known: the assumed ${say.n(each)} families a year per team${many}`
  }
  const entry: ExplainTeam = {
    id: team.id,
    name: team.name,
    familiesPerYear: existingTeamCapacity(team, a),
    basis,
    mark: team.approximate ? 'U' : 'S',
    source: team.source,
  }
  ledger.teams.set(t, entry)
  return entry
}

/** Families a year the existing teams can see in a whole authority; shared teams split by need. */
export function existingStep(ledger: Ledger, i: number, y: number): ExplainStep {
  const { ctx } = ledger
  const { need, nYears, index } = ctx
  const cell = cellOf(ledger, i, y)
  const value = ctx.existingCap[cell]!
  const name = ctx.data.las[i]!.name
  const teams = activeTeams(ledger, i, y)
  if (teams.length === 0) {
    const ended = index.capacityTeamsByLa[i]!.map((t) => ctx.data.teams[t]!).filter((t) =>
      fundingEnded(t, ctx.fys[y]!, ctx.settings.existingTeams),
    )
    const why = ended.length
      ? ` (${ended.map((t) => `${t.name} was funded to ${fmt.month(t.fundedTo!)}`).join('; ')})`
      : ''
    return {
      label: `Existing teams in ${name}`,
      value,
      unit: FAMILIES,
      formula: `No team on the register works in ${name} in ${say.fy(ctx.fys[y]!)}${why}: ${valueText(value, FAMILIES)}`,
    }
  }
  const children = teams.map((t): ExplainStep => {
    const team = noteTeam(ledger, t)
    const las = index.teamLas[t]!
    let total = 0
    for (const l of las) total += need[l * nYears + y]!
    const weight = total > 0 ? need[cell]! / total : 1 / las.length
    const record = ctx.data.teams[t]!
    const months = workingMonths(record, ctx.fys[y]!, ctx.settings.existingTeams)
    const part = ((team.familiesPerYear * months) / 12) * weight
    const split =
      las.length === 1
        ? 'all of it here'
        : `× ${say.share(weight)} of it here (this authority's need ${say.n(need[cell]!)} of ${say.n(total)} across the ${las.length} authorities it serves)`
    const funded =
      months < 12
        ? ` × ${say.n(months)}/12 (funded to ${record.fundedTo}, so it works ${say.n(months)} of ${say.fy(ctx.fys[y]!)}'s 12 months)`
        : ''
    return {
      label: team.name,
      value: part,
      unit: FAMILIES,
      formula: `${valueText(team.familiesPerYear, FAMILIES)} (${team.basis})${funded} ${split} = ${valueText(part, FAMILIES)}`,
    }
  })
  return {
    label: `Existing teams in ${name}`,
    value,
    unit: FAMILIES,
    formula:
      children.length === 1
        ? `Existing capacity = ${valueText(value, FAMILIES)} from ${children[0]!.label}`
        : `Existing capacity = ${sumOf(children, FAMILIES, '')} from ${teams.length} teams = ${valueText(value, FAMILIES)}`,
    children,
  }
}

/** Families a year the scenario's new provision adds in a whole authority in year index y. */
export function newStep(ledger: Ledger, i: number, y: number): ExplainStep {
  const { ctx } = ledger
  const value = ledger.trace.grids.newCap[cellOf(ledger, i, y)]!
  const name = ctx.data.las[i]!.name
  const fy = say.fy(ctx.fys[y]!)
  const serving = projectsServing(ledger, i)
  if (serving.length === 0) {
    return {
      label: `New provision in ${name}`,
      value,
      unit: FAMILIES,
      formula: `The scenario adds no new provision in ${name}: ${valueText(value, FAMILIES)}`,
    }
  }
  const children = serving.map(({ p, weight }): ExplainStep => {
    const label = projectName(ledger, p)
    if (p.startFy === null || p.startFy > ctx.fys[y]!) {
      return {
        label,
        value: 0,
        unit: FAMILIES,
        formula: `It ${startText(ledger, p)}: no capacity in ${fy}`,
      }
    }
    const productive = productiveShare(ledger, p, y)
    const part = p.capacity * weight * productive
    const here =
      weight >= 1 - 1e-12 ? '' : ` × ${say.share(weight)} of it here (shared by unmet need)`
    const months = `giving ${say.share(productive)} of a full year's capacity in ${fy}, ${rampWording(ledger, p)}`
    return {
      label,
      value: part,
      unit: FAMILIES,
      formula: `${valueText(p.capacity, FAMILIES)} once productive${here} × ${say.share(productive)} (it ${startText(ledger, p)}, ${months}) = ${valueText(part, FAMILIES)}`,
      children: [projectCapacityStep(ledger, p)],
    }
  })
  return {
    label: `New provision in ${name}`,
    value,
    unit: FAMILIES,
    formula:
      children.length === 1
        ? `New capacity = ${valueText(value, FAMILIES)} from ${children[0]!.label}`
        : `New capacity = ${sumOf(children, FAMILIES, '')} = ${valueText(value, FAMILIES)}`,
    children,
  }
}

/** Capacity counted for a whole authority: the teams' capacity, but never more than its need. */
export function capacityStep(ledger: Ledger, i: number, y: number): ExplainStep {
  const { ctx } = ledger
  const cell = cellOf(ledger, i, y)
  const needs = needStep(ledger, i, y)
  const existing = existingStep(ledger, i, y)
  const added = newStep(ledger, i, y)
  const n = ctx.need[cell]!
  const cap = ctx.existingCap[cell]! + ledger.trace.grids.newCap[cell]!
  const value = Math.min(cap, n)
  return {
    label: `Capacity in ${ctx.data.las[i]!.name}`,
    value,
    unit: FAMILIES,
    formula: `Capacity = the smaller of need ${say.n(n)} and the teams' capacity (existing ${say.n(existing.value!)} + new ${say.n(added.value!)} = ${say.n(cap)}) = ${valueText(value, FAMILIES)}`,
    children: [needs, existing, added],
  }
}

/** Coverage of a whole authority = min(1, capacity ÷ need). */
export function coverageStep(ledger: Ledger, i: number, y: number): ExplainStep {
  const { ctx } = ledger
  const cell = cellOf(ledger, i, y)
  const needs = needStep(ledger, i, y)
  const existing = existingStep(ledger, i, y)
  const added = newStep(ledger, i, y)
  const n = ctx.need[cell]!
  const cap = ctx.existingCap[cell]! + ledger.trace.grids.newCap[cell]!
  const value = coverageOf(cap, n)
  const name = ctx.data.las[i]!.name
  return {
    label: `Coverage in ${name}`,
    value,
    unit: 'share',
    formula:
      n > 0
        ? `Coverage = min(1, capacity (existing ${say.n(existing.value!)} + new ${say.n(added.value!)} = ${say.n(cap)}) ÷ need ${say.n(n)}) = ${say.share(value)}`
        : `No family in ${name} is estimated to need a team, so it counts as fully covered: ${say.share(value)}`,
    children: [needs, existing, added],
  }
}

/** Geographic coverage of a whole authority: 1 where a register team works, else the share of the year a new one does. */
export function geographicStep(ledger: Ledger, i: number, y: number): ExplainStep {
  const { ctx } = ledger
  const cell = cellOf(ledger, i, y)
  const name = ctx.data.las[i]!.name
  const fy = say.fy(ctx.fys[y]!)
  const label = `Geographic coverage of ${name}`
  if (ctx.existingServed[cell] === 1) {
    const names = activeTeams(ledger, i, y).map((t) => noteTeam(ledger, t).name)
    return {
      label,
      value: 1,
      unit: 'share',
      formula: `Geographic coverage = 100%: ${say.list(names)} ${say.plural(names.length, 'works', 'work')} here in ${fy}`,
    }
  }
  const value = ledger.trace.grids.newServed[cell]!
  if (value > 0) {
    const { a, fys } = ctx
    const best = projectsServing(ledger, i)
      .filter(({ p }) => p.startFy !== null)
      .map(({ p }) => ({ p, s: servedShare(a, p.clinicalWte, p.traineeWte, p.startFy!, fys[y]!) }))
      .sort((x, z) => z.s - x.s)[0]!
    const lag = firstProductiveMonths(a, best.p.clinicalWte, best.p.traineeWte)
    use(
      ledger,
      lag === a.productivityLagMonths ? 'productivityLagMonths' : 'traineeProductiveMonths',
    )
    return {
      label,
      value,
      unit: 'share',
      formula: `Geographic coverage = ${say.share(value)}: ${projectName(ledger, best.p)} works here for ${say.n(value * 12)} of ${fy}'s 12 months, its first posts seeing families ${say.n(lag)} months after it starts`,
    }
  }
  return {
    label,
    value,
    unit: 'share',
    formula: `Geographic coverage = 0%: no team works in ${name} in ${fy}`,
  }
}
