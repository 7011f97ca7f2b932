import type { ExplainStep } from '../../domain/explain'
import { BANDS } from '../../domain/pay'
import { totalOf } from '../team-templates'
import { scopeAreas, cellOf } from './areas'
import { bandRateStep, scopeCostStep } from './cost-steps'
import { use, type Ledger } from './ledger'
import { fundedFamiliesPerWte } from './projects'
import { largestParts, valueText } from './rollup'
import { scopeCoverageStep } from './scope-steps'
import { say } from './text'

/** Cost per baby covered in the last year = that year's cost ÷ babies covered. */
export function costPerBabyStep(ledger: Ledger): ExplainStep {
  const { result } = ledger.trace
  const y = result.years.length - 1
  const year = result.years[y]!
  const value = result.costPerBabyCovered
  const cost = scopeCostStep(ledger, y)
  const coverage = scopeCoverageStep(ledger, y, 'coverage')
  return {
    label: `Cost per baby covered in ${year.fy}`,
    value,
    unit: 'GBP per baby',
    formula:
      value === null
        ? `No baby under two is covered in ${year.fy}, so there is no cost per baby covered`
        : `Cost per baby covered = cost in ${year.fy} ${say.money(year.cost)} ÷ babies under two covered ${say.n(year.coveredBabies)} = ${valueText(value, 'GBP per baby')}`,
    children: [cost, coverage],
  }
}

/**
 * Cost per family supported in the last year = that year's cost of new provision ÷ the families
 * it supports: capacity with it, less capacity of the existing teams alone, each capped at need.
 */
export function costPerFamilyStep(ledger: Ledger): ExplainStep {
  const { ctx, trace } = ledger
  const { result, grids } = trace
  const y = result.years.length - 1
  const year = result.years[y]!
  const value = result.money.costPerFamilySupported
  const added = (i: number, share: number) => {
    const cell = cellOf(ledger, i, y)
    const need = ctx.need[cell]!
    const existing = ctx.existingCap[cell]!
    return share * (Math.min(existing + grids.newCap[cell]!, need) - Math.min(existing, need))
  }
  const areas = scopeAreas(ledger).filter((a) => added(a.i, a.share) > 0)
  const families: ExplainStep = {
    label: `Families supported by new provision in ${year.fy}`,
    value: year.newFamiliesSupported,
    unit: 'families a year',
    formula: `Families supported = the sum over authorities of (capacity with new provision − capacity of existing teams alone), each capped at need = ${valueText(year.newFamiliesSupported, 'families a year')}`,
    children: largestParts(
      areas,
      (a) => added(a.i, a.share),
      (a) => ({
        label: a.name,
        value: added(a.i, a.share),
        unit: 'families a year',
        formula: `${a.name}: ${valueText(added(a.i, a.share), 'families a year')} more supported than by existing teams alone`,
      }),
      {
        noun: 'authorities',
        unit: 'families a year',
        value: (rest) => rest.reduce((sum, a) => sum + added(a.i, a.share), 0),
      },
    ),
  }
  return {
    label: `Cost per family supported in ${year.fy}`,
    value,
    unit: 'GBP per family',
    formula:
      value === null
        ? `New provision supports no families in ${year.fy}, so there is no cost per family supported`
        : `Cost per family supported = cost of new provision in ${year.fy} ${say.money(year.cost)} ÷ families it supports ${say.n(year.newFamiliesSupported)} = ${valueText(value, 'GBP per family')}`,
    children: [scopeCostStep(ledger, y), families],
  }
}

/**
 * What would still close the gap in the last year: the families without capacity, the clinical
 * staff to see them, at what one clinical WTE of a standard team costs.
 */
export function gapStep(ledger: Ledger): ExplainStep {
  const { ctx, trace } = ledger
  const { result, grids } = trace
  const y = ctx.nYears - 1
  const fy = say.fy(ctx.fys[y]!)
  const gap = result.gap
  const unmet = (i: number, share: number) => {
    const cell = cellOf(ledger, i, y)
    return share * Math.max(0, ctx.need[cell]! - ctx.existingCap[cell]! - grids.newCap[cell]!)
  }
  const areas = scopeAreas(ledger).filter((a) => unmet(a.i, a.share) > 0)
  const families: ExplainStep = {
    label: 'Families still without capacity',
    value: gap.families,
    unit: 'families a year',
    formula: `Families without capacity = the sum over authorities of need − existing − new capacity, where positive = ${valueText(gap.families, 'families a year')}`,
    children: largestParts(
      areas,
      (a) => unmet(a.i, a.share),
      (a) => {
        const cell = cellOf(ledger, a.i, y)
        const inside = a.share < 1 - 1e-12 ? ` × ${say.share(a.share)} inside the area` : ''
        if (inside) ledger.splitShares = true
        use(ledger, 'needRate')
        return {
          label: a.name,
          value: unmet(a.i, a.share),
          unit: 'families a year',
          formula: `Need ${say.n(ctx.need[cell]!)} − existing ${say.n(ctx.existingCap[cell]!)} − new ${say.n(grids.newCap[cell]!)}${inside} = ${valueText(unmet(a.i, a.share), 'families a year')}`,
        }
      },
      {
        noun: 'authorities',
        unit: 'families a year',
        value: (rest) => rest.reduce((s, a) => s + unmet(a.i, a.share), 0),
      },
    ),
  }
  const perWte = fundedFamiliesPerWte(ledger)
  const wte: ExplainStep = {
    label: 'Clinical staff needed',
    value: gap.clinicalWte,
    unit: 'WTE',
    formula: `Clinical WTE = ${say.n(gap.families)} families ÷ ${say.n(perWte)} families per funded clinical WTE (after supervision and vacancies) = ${say.wte(gap.clinicalWte)}`,
  }
  ledger.templates.add('standard')
  const standard = ctx.standard
  let teamCost = 0
  const bands = BANDS.filter((_, b) => standard.wte[b]! > 0)
  BANDS.forEach((_, b) => (teamCost += standard.wte[b]! * ctx.rates[b * ctx.nYears + y]!))
  const perClinical = teamCost / standard.clinicalWte
  const rate: ExplainStep = {
    label: 'Cost of one clinical WTE',
    value: perClinical,
    unit: 'GBP a year',
    formula: `One clinical WTE with its share of a standard team = the standard team's ${say.wte(totalOf(standard.wte))} at ${fy} rates ${say.money(teamCost)} ÷ its ${say.wte(standard.clinicalWte)} clinical = ${say.money(perClinical)} a year`,
    children: bands.map((band) => bandRateStep(ledger, band, y)),
  }
  return {
    label: `Gap left in ${fy}`,
    value: gap.cost,
    unit: 'GBP a year',
    formula:
      gap.families > 0
        ? `Gap = ${say.wte(gap.clinicalWte)} clinical staff still needed × ${say.money(perClinical)} a year each = ${valueText(gap.cost, 'GBP a year')}, for ${valueText(gap.families, 'families a year')} without a team`
        : `No gap: the teams can see every family in need in every authority in ${fy}, so ${valueText(gap.cost, 'GBP a year')}`,
    children: [families, wte, rate],
  }
}
