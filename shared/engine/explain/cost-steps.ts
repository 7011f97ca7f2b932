import type { ExplainStep } from '../../domain/explain'
import { BANDS, type Band } from '../../domain/pay'
import { modelledSalary, employerCost, niRuleFor, salaryFor } from '../pay-rates'
import { projectCost, trainingPayChange } from '../phasing'
import { trainingMonths } from '../ramp-up'
import type { Project } from '../plan-types'
import { cellOf, type ScopeArea } from './areas'
import { use, usePay, type Ledger } from './ledger'
import { projectName, projectsServing, sizingStep, startText } from './projects'
import { largestParts, sumOf } from './rollup'
import { say } from './text'

/** Annual salary of a band in a financial year: the published point, or the newest one uplifted. */
export function salaryStep(ledger: Ledger, band: Band, fy: number): ExplainStep {
  const { data, a } = ledger.ctx
  usePay(ledger, band, fy)
  const value = salaryFor(data, band, fy, a.payUplift)
  const years = data.payScales.map((p) => p.fy)
  const first = Math.min(...years)
  const last = Math.max(...years)
  const baseFy = Math.min(Math.max(fy, first), last)
  const point = data.payScales.find((p) => p.band === band && p.fy === baseFy)!
  const published =
    point.intermediate !== null
      ? `the ${say.fy(baseFy)} intermediate point ${say.money(point.intermediate)}`
      : `the ${say.fy(baseFy)} midpoint of entry ${say.money(point.entry)} and top ${say.money(point.top)} = ${say.money(modelledSalary(point))}`
  let formula: string
  if (fy > last) {
    const uplift = use(ledger, 'payUplift')
    formula = `Salary = ${published} × (1 + pay uplift ${say.rate(uplift)})^${fy - last} = ${say.money(value)}`
  } else if (fy < first) {
    formula = `Salary = ${published}, the oldest scale held = ${say.money(value)}`
  } else {
    formula = `Salary = ${published}, as published = ${say.money(value)}`
  }
  return { label: `Band ${band} salary in ${say.fy(fy)}`, value, unit: 'GBP a year', formula }
}

/** Full-year cost of one WTE in a band and year, the rate the cost loop multiplies by. */
export function bandRateStep(ledger: Ledger, band: Band, y: number): ExplainStep {
  const { ctx } = ledger
  const { data, a } = ctx
  const fy = ctx.fys[y]!
  const value = ctx.rates[BANDS.indexOf(band) * ctx.nYears + y]!
  const parts = employerCost(data, band, fy, a)
  const ni = niRuleFor(data, fy, a)
  const newestNi = Math.max(...data.employerNi.map((r) => r.fromFy))
  if (fy >= newestNi) {
    use(ledger, 'employerNiRate')
    use(ledger, 'employerNiThreshold')
  }
  const pension = use(ledger, 'employerPensionRate')
  const overhead = use(ledger, 'nonPayOverhead')
  const s = say.money(parts.salary)
  return {
    label: `Band ${band} in ${say.fy(fy)}`,
    value,
    unit: 'GBP a year',
    formula: `One WTE at band ${band} = (salary ${s} + employer NI ${say.rate(ni.rate)} × (${s} − ${say.money(ni.threshold)}) = ${say.money(parts.employerNi)} + employer pension ${say.rate(pension)} × ${s} = ${say.money(parts.employerPension)}) × (1 + non-pay overhead ${say.rate(overhead)}) = ${say.money(value)} a year`,
    children: [salaryStep(ledger, band, fy)],
  }
}

/** A project's whole cost in year index y (before it is shared between authorities). */
export function projectCostStep(ledger: Ledger, p: Project, y: number): ExplainStep {
  const { ctx } = ledger
  const s = p.startFy! - ctx.fys[0]!
  const value = projectCost(ctx, p, s, y)
  const terms: string[] = []
  const bands: Band[] = []
  BANDS.forEach((band, b) => {
    const rate = ctx.rates[b * ctx.nYears + y]!
    if (p.wte[b]! !== 0) terms.push(`${say.wte(p.wte[b]!)} band ${band} × ${say.money(rate)}`)
    if (p.hubWte[b]! !== 0)
      terms.push(`${say.wte(p.hubWte[b]!)} band ${band} hub supervision × ${say.money(rate)}`)
    if (p.wte[b]! + p.hubWte[b]! !== 0 || p.traineePayDelta[b]! !== 0) bands.push(band)
  })
  const training = p.traineeWte > 0 ? trainingPayChange(ctx, p, s, y) : 0
  if (training !== 0) {
    const months = trainingMonths(ctx.a, p.startFy!, ctx.fys[y]!)
    use(ledger, 'traineeTrainedMonths')
    terms.push(
      `${say.money(training)} for ${say.n(months)} months of recruit-to-train posts paid at their trainee band`,
    )
  }
  const children = [sizingStep(ledger, p), ...bands.map((band) => bandRateStep(ledger, band, y))]
  if (y === s) {
    const key = p.kind === 'satellite' ? 'setupCostSatellite' : 'setupCostStandard'
    if (p.kind !== 'expand') use(ledger, key)
    terms.push(`one-off set-up and training ${say.money(p.setup)}`)
  }
  return {
    label: `${projectName(ledger, p)}: cost in ${say.fy(ctx.fys[y]!)}`,
    value,
    unit: 'GBP',
    formula: `Cost = ${terms.join(' + ') || 'nothing'} = ${say.money(value)} (posts cost a full year from April of the start year)`,
    children,
  }
}

function started(ledger: Ledger, p: Project, y: number): boolean {
  return p.startFy !== null && p.startFy <= ledger.ctx.fys[y]!
}

/** Cost in year index y of the part of an authority inside the scope. */
export function areaCostStep(ledger: Ledger, area: ScopeArea, y: number): ExplainStep {
  const { ctx } = ledger
  const { grids } = ledger.trace
  const cell = cellOf(ledger, area.i, y)
  const value = area.share * (grids.recurrent[cell]! + grids.oneOff[cell]!)
  const fy = say.fy(ctx.fys[y]!)
  const label = `Cost for ${area.name} in ${fy}`
  const serving = projectsServing(ledger, area.i).filter(({ p }) => started(ledger, p, y))
  if (serving.length === 0) {
    return {
      label,
      value,
      unit: 'GBP',
      formula: `No new provision serves ${area.name} in ${fy}: ${say.money(value)}`,
    }
  }
  if (area.share < 1 - 1e-12) ledger.splitShares = true
  const children = serving.map(({ p, weight }): ExplainStep => {
    const whole = projectCostStep(ledger, p, y)
    const part = whole.value! * weight * area.share
    const shares = [
      weight < 1 - 1e-12
        ? ` × ${say.share(weight)} of it for ${area.name} (shared by unmet need)`
        : '',
      area.share < 1 - 1e-12
        ? ` × ${say.share(area.share)} of ${area.name} inside ${ctx.scope.ref.name}`
        : '',
    ].join('')
    return {
      label: projectName(ledger, p),
      value: part,
      unit: 'GBP',
      formula: `It ${startText(ledger, p)}; its cost ${say.money(whole.value!)}${shares} = ${say.money(part)}`,
      children: [whole],
    }
  })
  return {
    label,
    value,
    unit: 'GBP',
    formula:
      children.length === 1
        ? `Cost = ${say.money(value)}, its share of ${children[0]!.label}`
        : `Cost = ${sumOf(children, 'GBP', '')} = ${say.money(value)}`,
    children,
  }
}

/** Cost of all new provision in the scope in year index y. */
export function scopeCostStep(ledger: Ledger, y: number): ExplainStep {
  const { ctx, trace } = ledger
  const year = trace.result.years[y]!
  const scope = ctx.scope.ref.name
  const projects = trace.projects.filter((p) => started(ledger, p, y) && p.scopeShare > 0)
  const part = (p: Project) => projectCost(ctx, p, p.startFy! - ctx.fys[0]!, y) * p.scopeShare
  const children = largestParts(
    projects,
    part,
    (p) => {
      const whole = projectCostStep(ledger, p, y)
      const inside =
        p.scopeShare < 1 - 1e-12 ? ` × ${say.share(p.scopeShare)} of it inside ${scope}` : ''
      if (inside) ledger.splitShares = true
      return {
        label: projectName(ledger, p),
        value: part(p),
        unit: 'GBP',
        formula: `It ${startText(ledger, p)}; its cost ${say.money(whole.value!)}${inside} = ${say.money(part(p))}`,
        children: [whole],
      }
    },
    { noun: 'projects', unit: 'GBP', value: (rest) => rest.reduce((sum, p) => sum + part(p), 0) },
  )
  return {
    label: `Cost in ${year.fy}`,
    value: year.cost,
    unit: 'GBP',
    formula:
      projects.length === 0
        ? `No new provision is in post in ${scope} in ${year.fy}: ${say.money(year.cost)}`
        : `Cost = recurrent ${say.money(year.recurrentCost)} + one-off ${say.money(year.oneOffCost)} = ${say.money(year.cost)}, from ${projects.length} ${say.plural(projects.length, 'project', 'projects')} of new provision (existing teams' running cost is shown apart)`,
    children,
  }
}

/** Cost from the first year to year index y, for the scope or one authority in it. */
export function cumulativeStep(ledger: Ledger, y: number, area: ScopeArea | null): ExplainStep {
  const { ctx } = ledger
  const children: ExplainStep[] = []
  for (let k = 0; k <= y; k++) {
    children.push(area ? areaCostStep(ledger, area, k) : shallowYearStep(ledger, k))
  }
  const value = children.reduce((sum, c) => sum + c.value!, 0)
  const place = area ? area.name : ctx.scope.ref.name
  return {
    label: `Cost to ${say.fy(ctx.fys[y]!)} for ${place}`,
    value,
    unit: 'GBP',
    formula: `Cost to ${say.fy(ctx.fys[y]!)} = ${children.map((c, k) => `${say.money(c.value!)} (${say.fy(ctx.fys[k]!)})`).join(' + ')} = ${say.money(value)}`,
    children,
  }
}

/**
 * One year of the scope's cost without its projects, which that year's own "Why?" lists: the
 * projects are still worked out, so the assumptions they use are listed.
 */
function shallowYearStep(ledger: Ledger, y: number): ExplainStep {
  const { children: _, ...year } = scopeCostStep(ledger, y)
  return year
}
