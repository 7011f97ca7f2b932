/**
 * Ranges in words: how likely full coverage is, what a fan chart shows and which assumptions
 * move the answer most. Pure, so the sentences a reader relies on are tested on their own.
 */
import type { AssumptionUnit } from '../../shared/domain/assumptions'
import type { AssumptionRange, ScenarioRanges, TornadoBar } from '../../shared/domain/uncertainty'
import { formatAssumption, formatAssumptionRange } from './assumption-format'
import { formatNumber, listText } from './format'

/** A share of draws as a reader would say it: 'About 4 in 10 draws', 'None of the 1,000 draws'. */
export function drawsShare(p: number, draws: number): string {
  if (p <= 0) return `None of the ${formatNumber(draws)} draws`
  if (p >= 1) return `All ${formatNumber(draws)} draws`
  if (p < 0.05) return 'Fewer than 1 in 20 draws'
  if (p > 0.95) return 'More than 19 in 20 draws'
  const tenths = Math.min(9, Math.max(1, Math.round(p * 10)))
  return `About ${tenths} in 10 draws`
}

/** 'About 4 in 10 draws reach full coverage by 2030/31 (412 of 1,000 draws): …' */
export function fullCoverageSentence(ranges: ScenarioRanges): string {
  const { pFullCoverage: p, draws } = ranges.monteCarlo
  const count =
    p > 0 && p < 1 ? ` (${formatNumber(p * draws)} of ${formatNumber(draws)} draws)` : ''
  return `${drawsShare(p, draws)} ${reach(p)} full coverage by ${ranges.targetFy}${count}: every authority in the area fully covered in that year.`
}

/** 'About 7 in 10 reach at least 95% coverage of need across the area.' */
export function nearFullSentence(ranges: ScenarioRanges): string {
  const { pNearFullCoverage: p, draws } = ranges.monteCarlo
  return `${drawsShare(p, draws)} ${reach(p)} at least 95% coverage of need across the area in ${ranges.targetFy}.`
}

/** 'families seen per clinical WTE (18.5 to 55.6 families per WTE a year; 46 here)'. */
export function rangeAround(a: AssumptionRange): string {
  const range = formatAssumptionRange(a.low, a.high, a.unit)
  let central = formatAssumption(a.central, a.unit)
  // The unit is said once, by the range: '46 families per WTE a year' → '46'.
  const unit = / [^\d%£]+$/.exec(central)?.[0]
  if (unit && range.endsWith(unit)) central = central.slice(0, -unit.length)
  return `${lowerFirst(a.label)} (${range}; ${central} here)`
}

/** 'Families seen per clinical WTE' → 'families seen per clinical WTE' (acronyms kept). */
export function lowerFirst(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1)
}

/**
 * The tornado in words: the assumption that moves the measure most, with its two results, then
 * the next ones, then those that do not move it at all.
 */
export function tornadoSentence(
  bars: readonly TornadoBar[],
  measure: string,
  format: (value: number) => string,
): string {
  const moving = bars.filter((b) => b.swing > 1e-9)
  const still = bars.filter((b) => b.swing <= 1e-9)
  if (moving.length === 0) return `None of the ranged assumptions changes ${measure}.`
  const [top, ...next] = moving
  const at = (b: TornadoBar) =>
    `${format(b.atLow)} at ${value(b.low, b.unit)} to ${format(b.atHigh)} at ${value(b.high, b.unit)}`
  const parts = [`${top!.label} moves ${measure} most: from ${at(top!)}.`]
  if (next.length) {
    parts.push(
      `Then ${listText(next.slice(0, 2).map((b) => `${lowerFirst(b.label)} (${format(b.atLow)} to ${format(b.atHigh)})`))}.`,
    )
  }
  if (still.length > 3) {
    parts.push(`The other ${still.length} ranged assumptions do not change it.`)
  } else if (still.length) {
    parts.push(
      `${listText(still.map((b, i) => (i === 0 ? b.label : lowerFirst(b.label))))} ${still.length === 1 ? 'does' : 'do'} not change it.`,
    )
  }
  return parts.join(' ')
}

// 'None of the … draws reaches'; every other share is of plural draws.
function reach(p: number): string {
  return p <= 0 ? 'reaches' : 'reach'
}

function value(v: number, unit: AssumptionUnit): string {
  return formatAssumption(v, unit)
}
