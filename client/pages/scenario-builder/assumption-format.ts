/**
 * How an assumption's value reads on screen, by its unit: shares as percentages, money in £,
 * counts with their unit. Kept apart from the form so tables and summaries say it the same way.
 */
import type { Assumption } from '../../../shared/domain/assumptions'
import { formatMoney, formatNumber } from '../../lib/format'
import { isShareUnit, toPercentInput } from './labels'

function trim(value: number, decimals: number): string {
  // Up to `decimals` places, without trailing zeros: 0.1 → '0.1', 250 → '250'.
  const text = formatNumber(value, decimals)
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

export function formatAssumptionValue(value: number, unit: Assumption['unit']): string {
  switch (unit) {
    case 'share':
      return `${trim(toPercentInput(value), 2)}%`
    case 'share per year':
      return `${trim(toPercentInput(value), 2)}% a year`
    case 'GBP':
      return formatMoney(value)
    case 'GBP per year':
      return `${formatMoney(value)} a year`
    case 'months':
      return `${trim(value, 1)} ${value === 1 ? 'month' : 'months'}`
    case 'km':
      return `${trim(value, 1)} km`
    case 'WTE':
      return `${trim(value, 2)} WTE`
    case 'WTE per year':
      return `${trim(value, 1)} WTE a year`
    case 'satellites per hub':
      return `${trim(value, 0)} ${value === 1 ? 'satellite' : 'satellites'} per hub`
    case 'scale':
      return `× ${trim(value, 2)}`
    case 'families per WTE per year':
      return `${trim(value, 1)} families per WTE a year`
    case 'families per team per year':
      return `${trim(value, 0)} families per team a year`
    case 'ratio':
      // A ratio of 1 is no weighting at all; "1 times" says that badly.
      return value === 1 ? '1 (none)' : `${trim(value, 2)} times`
  }
}

/** The unit as it stands beside the input box. */
export function inputSuffix(unit: Assumption['unit']): { prefix?: string; suffix?: string } {
  if (isShareUnit(unit)) return { suffix: '%' }
  if (unit === 'GBP' || unit === 'GBP per year') return { prefix: '£' }
  if (unit === 'months') return { suffix: 'months' }
  if (unit === 'km') return { suffix: 'km' }
  if (unit === 'WTE') return { suffix: 'WTE' }
  if (unit === 'scale') return { suffix: '×' }
  if (unit === 'ratio') return { suffix: 'times' }
  return { suffix: 'families' }
}
