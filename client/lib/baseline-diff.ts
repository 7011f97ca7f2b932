/**
 * Scenario outcomes side by side: each scenario's key figures, the same figures as differences
 * from a chosen baseline (+/− £, percentage points, WTE, years), and yearly series aligned on
 * one set of years so every scenario can share a chart's axes even when their years differ.
 */
import { parseFyLabel } from '../../shared/domain/fiscal-year'
import type { ScenarioResult, YearResult } from '../../shared/domain/results'
import { formatDecimal, formatMoney, formatMoneyShort, formatNumber, formatPercent } from './format'

export interface Outcome {
  /** The target year's label, e.g. '2030/31'. */
  targetFy: string
  coverageAtTarget: number
  geographicAtTarget: number
  /** First year of full coverage, or null if it is not reached. */
  fullCoverageFy: string | null
  cumulativeCostAtTarget: number
  annualCostAtTarget: number
  wteAtTarget: number
  /** Totals over the modelled years in constant prices and as a present value (money). */
  realCostTotal: number
  presentValue: number
  /** Annual cost in the target year ÷ families supported that year; null when none are. */
  costPerFamily: number | null
}

function targetRow(result: ScenarioResult): YearResult | undefined {
  return result.years.find((y) => y.fyStart === result.settings.targetFy) ?? result.years.at(-1)
}

export function outcomeOf(result: ScenarioResult): Outcome {
  const target = targetRow(result)
  return {
    targetFy: target?.fy ?? '',
    coverageAtTarget: target?.coverage ?? 0,
    geographicAtTarget: target?.geographicCoverage ?? 0,
    fullCoverageFy: result.fullCoverageFy,
    cumulativeCostAtTarget: target?.cumulativeCost ?? 0,
    annualCostAtTarget: target?.cost ?? 0,
    wteAtTarget: target?.wte ?? 0,
    realCostTotal: result.money.totalReal,
    presentValue: result.money.presentValue,
    costPerFamily: result.money.costPerFamilySupported,
  }
}

export interface OutcomeDiff {
  /** Percentage points (5 = five points higher than the baseline). */
  coveragePoints: number
  cumulativeCost: number
  annualCost: number
  wte: number
  realCost: number
  presentValue: number
  /** null when either scenario supports no families in the target year. */
  costPerFamily: number | null
  /**
   * Years later (+) or sooner (−) than the baseline reaches full coverage; 'only-this' when only
   * this scenario reaches it, 'only-baseline' when only the baseline does, null when neither.
   */
  fullCoverageYears: number | 'only-this' | 'only-baseline' | null
}

export function diffOutcome(outcome: Outcome, baseline: Outcome): OutcomeDiff {
  const mine = outcome.fullCoverageFy ? parseFyLabel(outcome.fullCoverageFy) : null
  const theirs = baseline.fullCoverageFy ? parseFyLabel(baseline.fullCoverageFy) : null
  return {
    coveragePoints: (outcome.coverageAtTarget - baseline.coverageAtTarget) * 100,
    cumulativeCost: outcome.cumulativeCostAtTarget - baseline.cumulativeCostAtTarget,
    annualCost: outcome.annualCostAtTarget - baseline.annualCostAtTarget,
    wte: outcome.wteAtTarget - baseline.wteAtTarget,
    realCost: outcome.realCostTotal - baseline.realCostTotal,
    presentValue: outcome.presentValue - baseline.presentValue,
    costPerFamily:
      outcome.costPerFamily !== null && baseline.costPerFamily !== null
        ? outcome.costPerFamily - baseline.costPerFamily
        : null,
    fullCoverageYears:
      mine !== null && theirs !== null
        ? mine - theirs
        : mine !== null
          ? 'only-this'
          : theirs !== null
            ? 'only-baseline'
            : null,
  }
}

const SAME = 'Same as baseline'

/** +£1.2m / −£300k; within a pound reads as the same. */
export function formatMoneyDiff(value: number): string {
  if (Math.abs(value) < 0.5) return SAME
  return `${value > 0 ? '+' : ''}${formatMoneyShort(value)}`
}

/** The full amount, for tables: +£1,234,567. */
export function formatMoneyDiffFull(value: number): string {
  if (Math.abs(value) < 0.5) return SAME
  return `${value > 0 ? '+' : ''}${formatMoney(value)}`
}

/** +5.2 percentage points; under 0.05 points reads as the same. */
export function formatPointsDiff(points: number): string {
  if (Math.abs(points) < 0.05) return SAME
  return `${points > 0 ? '+' : '−'}${formatDecimal(Math.abs(points), 1)} percentage points`
}

/** +3.5 WTE; under 0.05 WTE reads as the same. */
export function formatWteDiff(wte: number): string {
  if (Math.abs(wte) < 0.05) return SAME
  return `${wte > 0 ? '+' : '−'}${formatDecimal(Math.abs(wte), 1)} WTE`
}

export function formatYearsDiff(diff: OutcomeDiff['fullCoverageYears']): string {
  if (diff === null) return 'Neither reaches full coverage'
  if (diff === 'only-this') return 'Reaches full coverage; the baseline does not'
  if (diff === 'only-baseline') return 'Does not reach full coverage; the baseline does'
  if (diff === 0) return SAME
  const years = `${formatNumber(Math.abs(diff))} year${Math.abs(diff) === 1 ? '' : 's'}`
  return diff > 0 ? `${years} later` : `${years} sooner`
}

export type SeriesRow = { fy: string; fyStart: number } & Record<string, number | string | null>

/**
 * One row per financial year in any of the results (in order), with each scenario's value under
 * its id, or null for a year the scenario does not model. Charts and tables read the same rows.
 */
export function alignSeries(
  results: readonly { id: string; result: ScenarioResult }[],
  pick: (year: YearResult) => number,
): SeriesRow[] {
  const years = new Map<number, string>()
  for (const { result } of results) for (const y of result.years) years.set(y.fyStart, y.fy)
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([fyStart, fy]) => {
      const row: SeriesRow = { fy, fyStart }
      for (const { id, result } of results) {
        const year = result.years.find((y) => y.fyStart === fyStart)
        row[id] = year ? pick(year) : null
      }
      return row
    })
}

/**
 * One scenario against the baseline in a sentence, for the page's text summary:
 * 'Capacity coverage in 2030/31 is 4.4 percentage points lower (28% against 32%); full coverage
 * 2 years sooner (2027/28); it costs £433,717 less in total to 2030/31 and needs 2.1 WTE fewer
 * staff in 2030/31.'
 */
export function describeAgainstBaseline(outcome: Outcome, baseline: Outcome): string {
  const d = diffOutcome(outcome, baseline)
  const fy = outcome.targetFy
  const points = Math.abs(d.coveragePoints)
  const coverage =
    points < 0.05
      ? `Capacity coverage in ${fy} is the same (${formatPercent(outcome.coverageAtTarget)})`
      : `Capacity coverage in ${fy} is ${formatDecimal(points, 1)} percentage points ${d.coveragePoints > 0 ? 'higher' : 'lower'} (${formatPercent(outcome.coverageAtTarget)} against ${formatPercent(baseline.coverageAtTarget)})`
  const years = d.fullCoverageYears
  const full =
    years === null
      ? 'neither reaches full coverage'
      : years === 'only-this'
        ? `it reaches full coverage in ${outcome.fullCoverageFy}, which the baseline does not`
        : years === 'only-baseline'
          ? `it does not reach full coverage, which the baseline does in ${baseline.fullCoverageFy}`
          : years === 0
            ? `full coverage in the same year (${outcome.fullCoverageFy})`
            : `full coverage ${formatNumber(Math.abs(years))} year${Math.abs(years) === 1 ? '' : 's'} ${years > 0 ? 'later' : 'sooner'} (${outcome.fullCoverageFy})`
  const cost =
    Math.abs(d.cumulativeCost) < 0.5
      ? `it costs the same in total to ${fy}`
      : `it costs ${formatMoney(Math.abs(d.cumulativeCost))} ${d.cumulativeCost > 0 ? 'more' : 'less'} in total to ${fy}`
  const staff =
    Math.abs(d.wte) < 0.05
      ? 'needs the same staff'
      : `needs ${formatDecimal(Math.abs(d.wte), 1)} WTE ${d.wte > 0 ? 'more' : 'fewer'} staff in ${fy}`
  return `${coverage}; ${full}; ${cost} and ${staff}.`
}
