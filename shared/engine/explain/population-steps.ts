import type { ExplainStep } from '../../domain/explain'
import { midYearOfFy } from '../../domain/fiscal-year'
import { projectionAt } from '../population'
import { cellOf, partInScope, type ScopeArea } from './areas'
import { use, type Ledger } from './ledger'
import { valueText } from './rollup'
import { say } from './text'

type Series = 'under2' | 'births'

const WHAT: Record<Series, { label: string; unit: 'babies' | 'births' }> = {
  under2: { label: 'Babies under two', unit: 'babies' },
  births: { label: 'Births', unit: 'births' },
}

/**
 * Babies under two or births in a whole authority in year index y: the published estimate
 * for that mid-year, or the last one carried forward by the scenario's trend.
 */
export function populationStep(ledger: Ledger, i: number, y: number, series: Series): ExplainStep {
  const { ctx } = ledger
  const { data, index, pop } = ctx
  const la = data.las[i]!
  const { label: what, unit } = WHAT[series]
  const label = `${what} in ${la.name}`
  const value = (series === 'under2' ? pop.under2 : pop.births)[cellOf(ledger, i, y)]!
  const midYear = midYearOfFy(ctx.fys[y]!)
  const k = data.observedMidYears.indexOf(midYear)
  const a0 = k >= 0 ? la.age0[k] : null
  const a1 = k >= 0 ? la.age1[k] : null

  if (series === 'under2' && a0 != null && a1 != null) {
    ledger.observed.add(midYear)
    return {
      label,
      value,
      unit,
      formula: `${what} = aged 0 (${say.n(a0)}) + aged 1 (${say.n(a1)}) at mid-${midYear}, as published = ${valueText(value, unit)}`,
    }
  }
  if (series === 'births' && a0 != null) {
    ledger.observed.add(midYear)
    return {
      label,
      value,
      unit,
      formula: `${what} = babies aged 0 at mid-${midYear}, as published (the estimate used for births) = ${valueText(value, unit)}`,
    }
  }

  const last = series === 'under2' ? index.lastUnder2[i]! : index.lastAge0[i]!
  if (last < 0) {
    return {
      label,
      value,
      unit,
      formula: `No estimate is published for ${la.name}, so it counts as ${valueText(value, unit)}`,
    }
  }
  const baseYear = data.observedMidYears[last]!
  const base = series === 'under2' ? la.age0[last]! + la.age1[last]! : la.age0[last]!
  ledger.observed.add(baseYear)
  ledger.projected.add(`mid-${midYear} from mid-${baseYear}`)
  return {
    label,
    value,
    unit,
    formula: `${what} = ${say.n(base)} at mid-${baseYear} (the last published) × ${trendText(ledger, la.nation, baseYear, midYear, series)} = ${valueText(value, unit)}`,
  }
}

function trendText(
  ledger: Ledger,
  nation: string,
  from: number,
  to: number,
  series: Series,
): string {
  const { ctx } = ledger
  if (ctx.settings.trend === 'annual') {
    const rate = use(ledger, 'birthsTrendPerYear')
    const f = (1 + rate) ** (to - from)
    return `(1 + births trend ${say.rate(rate)} a year)^${to - from} = ${say.factor(f)}`
  }
  const latest = ctx.index.latestObservedMidYear
  const own = ctx.data.nationTrends.find((t) => t.nation === nation)
  if (own && from < latest) {
    const name = ctx.data.nations.find((n) => n.code === nation)?.name ?? nation
    ledger.ownTrends.add(nation)
    const years = Math.min(to, latest) - from
    const ownPart = `(1 + ${name}'s own trend ${say.rate(own.perYear)} a year)^${years} = ${say.factor((1 + own.perYear) ** years)} to mid-${Math.min(to, latest)}`
    return to > latest
      ? `${ownPart}, then × ${projectionText(ledger, latest, to, series)}`
      : ownPart
  }
  return projectionText(ledger, from, to, series)
}

function projectionText(ledger: Ledger, from: number, to: number, series: Series): string {
  const { ctx } = ledger
  ledger.nationalProjection = true
  const key = series === 'under2' ? 'under2' : 'age0'
  const a = projectionAt(ctx.index, from)
  const b = projectionAt(ctx.index, to)
  const f = a[key] > 0 ? b[key] / a[key] : 1
  const noun = series === 'under2' ? 'babies under two' : 'babies aged 0'
  return `${say.factor(f)} (England's projected ${noun}: ${say.n(b[key])} at mid-${b.midYear} ÷ ${say.n(a[key])} at mid-${a.midYear})`
}

/**
 * Need in a whole authority = births × need rate × its deprivation weight, or births × the
 * authority's own rate where the scenario sets one.
 */
export function needStep(ledger: Ledger, i: number, y: number): ExplainStep {
  const { ctx } = ledger
  const la = ctx.data.las[i]!
  const births = populationStep(ledger, i, y, 'births')
  const cell = cellOf(ledger, i, y)
  const value = ctx.need[cell]!
  const label = `Need in ${la.name}`
  if (ctx.needParts.overridden[i]) {
    const reason = ctx.settings.overrides[la.code]?.needReason ?? ''
    return {
      label,
      value,
      unit: 'families a year',
      formula: `Need = births ${say.n(births.value!)} × ${la.name}'s own need rate ${say.rate(ctx.needParts.ownRate[i]!)}, set in this scenario (${reason}) = ${valueText(value, 'families a year')}`,
      children: [births],
    }
  }
  const rate = use(ledger, 'needRate')
  const weight = ctx.needParts.weight[cell]!
  const ratio = use(ledger, 'deprivationNeedRatio')
  if (ratio === 1 || !la.deprivation) {
    return {
      label,
      value,
      unit: 'families a year',
      formula: `Need = births ${say.n(births.value!)} × need rate ${say.rate(rate)}${ratio === 1 ? '' : ' (no deprivation index here, so no weighting)'} = ${valueText(value, 'families a year')}`,
      children: [births],
    }
  }
  ledger.deprivation = true
  const d = la.deprivation
  return {
    label,
    value,
    unit: 'families a year',
    formula: `Need = births ${say.n(births.value!)} × need rate ${say.rate(rate)} × deprivation weight ${say.factor(weight)} = ${valueText(value, 'families a year')}`,
    children: [
      births,
      {
        label: `Deprivation weight of ${la.name}`,
        value: weight,
        unit: 'times',
        formula: `Weight = (${say.share(d.shareHigh)} of people in the UK's most deprived fifth of neighbourhoods × ${say.factor(ratio)} + ${say.share(d.shareMedium)} in the next two fifths × √${say.factor(ratio)} + ${say.share(d.shareLow)} in the least deprived two fifths × 1) ÷ the UK average of the same, weighted by births = ${say.factor(weight)}`,
      },
    ],
  }
}

/** The same figures for the part of an authority inside the scope, as its results give them. */
export function areaPopulationStep(
  ledger: Ledger,
  area: ScopeArea,
  y: number,
  measure: 'babiesUnder2' | 'births' | 'need',
): ExplainStep {
  if (measure === 'need')
    return partInScope(ledger, area, needStep(ledger, area.i, y), 'families a year')
  const series = measure === 'births' ? 'births' : 'under2'
  return partInScope(ledger, area, populationStep(ledger, area.i, y, series), WHAT[series].unit)
}
