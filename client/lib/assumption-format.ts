/** An assumption's value in its own unit: 0.07 share → '7%', 6 months → '6 months', 20000 GBP → '£20,000'. */
import type { AssumptionUnit } from '../../shared/domain/assumptions'
import { formatDecimal, formatKm, formatMoney, formatPercent, formatWte } from './format'

function percent(value: number): string {
  // Keep one decimal where it matters (23.78% pension, 2.5% uplift), none where it does not.
  const whole = Math.abs(value * 100 - Math.round(value * 100)) < 1e-9
  const oneDecimal = Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-9
  return formatPercent(value, whole ? 0 : oneDecimal ? 1 : 2)
}

export function formatAssumption(value: number, unit: AssumptionUnit): string {
  switch (unit) {
    case 'share':
      return percent(value)
    case 'share per year':
      return `${percent(value)} a year`
    case 'GBP':
      return formatMoney(value)
    case 'GBP per year':
      return `${formatMoney(value)} a year`
    case 'months':
      return `${formatDecimal(value, 1)} month${value === 1 ? '' : 's'}`
    case 'km':
      return formatKm(value)
    case 'WTE':
      return formatWte(value)
    case 'WTE per year':
      return `${formatWte(value)} a year`
    case 'satellites per hub':
      return `${formatDecimal(value, 0)} satellite${value === 1 ? '' : 's'} per hub`
    case 'families per WTE per year':
      return `${formatDecimal(value, 1)} families per WTE a year`
    case 'families per team per year':
      return `${formatDecimal(value, 1)} families per team a year`
    case 'scale':
      return `× ${formatDecimal(value, 2)}`
    case 'ratio':
      // A ratio of 1 is no weighting at all; "1 times" says that badly.
      return value === 1 ? '1 (none)' : `${formatDecimal(value, 2)} times`
  }
}

/** A range with the unit written once: '5% to 10%', '£5,000 to £9,100 a year', '86 to 127 families per team a year'. */
export function formatAssumptionRange(low: number, high: number, unit: AssumptionUnit): string {
  const lowText = formatAssumption(low, unit)
  const highText = formatAssumption(high, unit)
  const suffix = SUFFIXES[unit]
  if (suffix && lowText.endsWith(suffix))
    return `${lowText.slice(0, -suffix.length)} to ${highText}`
  return `${lowText} to ${highText}`
}

const SUFFIXES: Partial<Record<AssumptionUnit, string>> = {
  'share per year': ' a year',
  'GBP per year': ' a year',
  'families per WTE per year': ' families per WTE a year',
  'families per team per year': ' families per team a year',
  months: ' months',
  km: ' km',
  WTE: ' WTE',
}
