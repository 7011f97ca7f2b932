/** How "Why this number?" names and prints figures, so buttons, panels and tests say it alike. */
import { MEASURE_LABELS, type ExplainMeasure, type ExplainUnit } from '../../shared/domain/explain'
import { fyLabel, parseFyLabel } from '../../shared/domain/fiscal-year'
import { formatMoney, formatNumber, formatPercent, formatWte } from './format'

/** 'cost to 2030/31', 'coverage in 2030/31 for Blackburn with Darwen': the end of "Why this number: …". */
export function figureLabel(measure: ExplainMeasure, fy: number, area?: string | null): string {
  const what =
    measure === 'cumulativeCost'
      ? `cost to ${fyLabel(fy)}`
      : `${MEASURE_LABELS[measure].toLowerCase()} in ${fyLabel(fy)}`
  return area ? `${what} for ${area}` : what
}

/** A financial year given as 2027 or '2027/28'; null when it is neither. */
export function toFyStart(value: number | string): number | null {
  return typeof value === 'number' ? value : parseFyLabel(value)
}

const WORDS: Partial<Record<ExplainUnit, [string, string]>> = {
  babies: ['baby', 'babies'],
  births: ['birth', 'births'],
  'families a year': ['family a year', 'families a year'],
  teams: ['team', 'teams'],
}

/** The explained figure with its unit: '£1,234,567', '84.4%', '113 families a year'. */
export function formatExplainValue(value: number | null, unit: ExplainUnit): string {
  if (value === null) return 'None'
  switch (unit) {
    case 'GBP':
      return formatMoney(value)
    case 'GBP a year':
      return `${formatMoney(value)} a year`
    case 'GBP per baby':
      return `${formatMoney(value)} per baby`
    case 'GBP per family':
      return `${formatMoney(value)} per family`
    case 'times':
      return `${formatNumber(value, 2)} times`
    case 'share':
      return formatPercent(value, 1)
    case 'WTE':
      return formatWte(value)
    default: {
      const [one, many] = WORDS[unit] ?? [unit, unit]
      const digits = Math.abs(value) < 100 && !Number.isInteger(value) ? 1 : 0
      return `${formatNumber(value, digits)} ${value === 1 ? one : many}`
    }
  }
}
