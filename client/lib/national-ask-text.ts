/**
 * The £73m national ask beside the model, in words and in £m: each reconciliation step as a
 * change, the running total, and a paragraph a board can read aloud. Pure, so the sentence and
 * the sums are tested on their own.
 */
import type { NationalAskReconciliation } from '../../shared/domain/national-ask'
import { formatNumber, formatPercent } from './format'

/** 73_000_000 → '£73.0m'; −12_673_257 → '−£12.7m'. One decimal, so steps add up to the total. */
export function formatMillions(value: number): string {
  const text = formatNumber(Math.abs(value) / 1e6, 1)
  return `${value < 0 && text !== '0.0' ? '−' : ''}£${text}m`
}

/** A step as a change: '+£14.6m', '−£12.7m'. */
export function formatMillionsChange(value: number): string {
  return value < 0 ? formatMillions(value) : `+${formatMillions(value)}`
}

/**
 * 'The Parent-Infant Foundation asks for £73.0m a year… The model's plan for England costs
 * £174.3m a year of new provision in 2030/31, in cash, reaching 100% coverage. The largest
 * difference is families a team supports (+£80.7m a year)… On the calibration: £107.1m.'
 */
export function askSummary(rec: NationalAskReconciliation): string {
  const [ask, ...rest] = rec.steps
  const largest = [...rest].sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))[0]
  const parts = [
    `The Parent-Infant Foundation asks for ${formatMillions(rec.ask)} a year so that every local authority in England has at least one specialised parent-infant relationship team, at 2025/26 pay.`,
    `The model's plan for England costs ${formatMillions(rec.model)} a year of new provision in ${rec.targetFy}, in cash, reaching ${formatPercent(rec.coverage)} coverage: ${formatMillionsChange(rec.model - rec.ask)} on the ask.`,
  ]
  if (ask && largest) {
    parts.push(
      `The largest difference is ${lowerFirst(largest.label)} (${formatMillionsChange(largest.amount)} a year).`,
    )
  }
  parts.push(
    `On the ask's own terms (the Parent-Infant Foundation calibration) the model gives ${formatMillions(rec.pifCalibration)} a year.`,
  )
  return parts.join(' ')
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
