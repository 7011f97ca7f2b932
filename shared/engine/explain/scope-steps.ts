import type { ExplainStep, ExplainUnit } from '../../domain/explain'
import { partInScope, scopeAreas, cellOf, type ScopeArea } from './areas'
import { capacityStep, coverageStep, geographicStep } from './capacity-steps'
import type { Ledger } from './ledger'
import { areaPopulationStep } from './population-steps'
import { largestParts, valueText } from './rollup'
import { say } from './text'

export type SummedMeasure = 'babiesUnder2' | 'births' | 'need' | 'capacity'

const UNITS: Record<SummedMeasure, ExplainUnit> = {
  babiesUnder2: 'babies',
  births: 'births',
  need: 'families a year',
  capacity: 'families a year',
}

const LABELS: Record<SummedMeasure, string> = {
  babiesUnder2: 'Babies under two',
  births: 'Births',
  need: 'Need',
  capacity: 'Capacity',
}

/** One authority's part of a summed measure, as its row in the results gives it. */
export function areaSumStep(
  ledger: Ledger,
  area: ScopeArea,
  y: number,
  measure: SummedMeasure,
): ExplainStep {
  if (measure === 'capacity')
    return partInScope(ledger, area, capacityStep(ledger, area.i, y), UNITS.capacity)
  return areaPopulationStep(ledger, area, y, measure)
}

/** A measure the scope adds up over its authorities (split ones in part). */
export function scopeSumStep(ledger: Ledger, y: number, measure: SummedMeasure): ExplainStep {
  const areas = scopeAreas(ledger)
  const year = ledger.trace.result.years[y]!
  const value = year[measure]
  const unit = UNITS[measure]
  if (areas.length === 1) return { ...areaSumStep(ledger, areas[0]!, y, measure), value }
  const partOf = areaValues(ledger, y, measure)
  return {
    label: `${LABELS[measure]} in ${year.fy}`,
    value,
    unit,
    formula: `${LABELS[measure]} = the sum over the ${areas.length} authorities in ${ledger.ctx.scope.ref.name} = ${valueText(value, unit)}`,
    children: largestParts(
      areas,
      (a) => partOf.get(a.i)!,
      (a) => areaSumStep(ledger, a, y, measure),
      {
        noun: 'authorities',
        unit,
        value: (rest) => rest.reduce((s, a) => s + partOf.get(a.i)!, 0),
      },
    ),
  }
}

function areaValues(ledger: Ledger, y: number, measure: SummedMeasure): Map<number, number> {
  const { ctx } = ledger
  const out = new Map<number, number>()
  for (const a of scopeAreas(ledger)) {
    const cell = cellOf(ledger, a.i, y)
    const need = ctx.need[cell]!
    const whole =
      measure === 'babiesUnder2'
        ? ctx.pop.under2[cell]!
        : measure === 'births'
          ? ctx.pop.births[cell]!
          : measure === 'need'
            ? need
            : Math.min(need, ctx.existingCap[cell]! + ledger.trace.grids.newCap[cell]!)
    out.set(a.i, a.share * whole)
  }
  return out
}

/**
 * Coverage of the scope: each authority's coverage weighted by its babies. For geographic
 * coverage the authority's figure is whether (or for how much of the year) a team works there.
 */
export function scopeCoverageStep(
  ledger: Ledger,
  y: number,
  kind: 'coverage' | 'geographicCoverage',
): ExplainStep {
  const { ctx } = ledger
  const year = ledger.trace.result.years[y]!
  const areas = scopeAreas(ledger)
  const value = year[kind]
  const label = kind === 'coverage' ? 'Coverage' : 'Geographic coverage'
  const areaStep = (a: ScopeArea) =>
    kind === 'coverage' ? coverageStep(ledger, a.i, y) : geographicStep(ledger, a.i, y)
  const babies = (a: ScopeArea) => a.share * ctx.pop.under2[cellOf(ledger, a.i, y)]!
  if (areas.length === 1 && year.babiesUnder2 > 0) return { ...areaStep(areas[0]!), value }
  if (year.babiesUnder2 <= 0) {
    return {
      label: `${label} in ${year.fy}`,
      value,
      unit: 'share',
      formula: `No babies under two are estimated to live in ${ctx.scope.ref.name} in ${year.fy}, so ${label.toLowerCase()} counts as ${say.share(value)}`,
    }
  }
  const covered = new Map(areas.map((a) => [a.i, babies(a) * areaStep(a).value!]))
  const total = [...covered.values()].reduce((s, v) => s + v, 0)
  const noun = kind === 'coverage' ? 'Babies covered' : 'Babies where a team works'
  return {
    label: `${label} in ${year.fy}`,
    value,
    unit: 'share',
    formula: `${label} = ${noun.toLowerCase()} ${say.n(total)} ÷ babies under two ${say.n(year.babiesUnder2)} = ${say.share(value)}, where each authority counts its babies × its ${label.toLowerCase()}`,
    children: largestParts(
      areas,
      babies,
      (a) => {
        const step = areaStep(a)
        if (a.share < 1 - 1e-12) ledger.splitShares = true
        return {
          label: a.name,
          value: covered.get(a.i)!,
          unit: 'babies',
          formula: `${say.n(babies(a))} babies × ${label.toLowerCase()} ${say.share(step.value!)} = ${valueText(covered.get(a.i)!, 'babies')}`,
          children: [step],
        }
      },
      {
        noun: 'authorities',
        unit: 'babies',
        value: (rest) => rest.reduce((s, a) => s + covered.get(a.i)!, 0),
      },
    ),
  }
}
