/**
 * Formatting for everything the dashboard shows: numbers with thousands separators, money in £,
 * £k and £m, percentages, NHS financial years, mid-years, months and distances. All functions are
 * pure and locale-fixed to en-GB, so a figure reads the same on screen, in print and in tests.
 * Missing values (null, undefined, NaN) read as an en dash unless a fallback is given.
 */

import { MONTH_NAMES as MONTHS } from '../../shared/domain/fiscal-year'

export const MISSING = '–'

type Maybe = number | null | undefined

function isMissing(value: Maybe): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value)
}

const formatters = new Map<string, Intl.NumberFormat>()

function numberFormat(minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${minDigits}:${maxDigits}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/** 1384780 → '1,384,780'; 2.345 with 1 decimal → '2.3'. */
export function formatNumber(value: Maybe, decimals = 0, fallback = MISSING): string {
  if (isMissing(value)) return fallback
  const text = numberFormat(decimals, decimals).format(value)
  return text === '-0' ? '0' : text
}

/** Up to `maxDecimals` decimal places, trailing zeros dropped: 0.5 → '0.5', 2 → '2', 1234.567 → '1,234.57'. */
export function formatDecimal(value: Maybe, maxDecimals = 2, fallback = MISSING): string {
  if (isMissing(value)) return fallback
  return numberFormat(0, maxDecimals).format(value)
}

/** A whole-time-equivalent figure: at most one decimal place, dropped when whole (7 → '7', 2.5 → '2.5'). */
export function formatWte(value: Maybe, fallback = MISSING): string {
  if (isMissing(value)) return fallback
  return `${numberFormat(0, 1).format(value)} WTE`
}

/**
 * A count of teams. A team serving authorities on both sides of an area's edge counts by its
 * share, so totals can be fractional: one decimal where the count is not whole, none where it is
 * (6 → '6', 9.75 → '9.7', 4.97 → '5').
 */
export function formatTeams(value: Maybe, fallback = MISSING): string {
  if (isMissing(value)) return fallback
  const whole = Math.abs(value - Math.round(value)) < 0.05
  return formatNumber(value, whole ? 0 : 1)
}

/** Whether any of these team counts is shown with a decimal, so the note on shares is needed. */
export function hasFractionalTeams(values: readonly number[]): boolean {
  return values.some((v) => Math.abs(v - Math.round(v)) >= 0.05)
}

/** Said beside team counts that are shares; one wording everywhere. */
export const FRACTIONAL_TEAMS_NOTE =
  'A team that also works outside this area counts by the share of its work here, so some counts are not whole numbers.'

/** Money to the pound: 60371.25 → '£60,371'; with pence → '£60,371.25'. Negative as '−£5'. */
export function formatMoney(
  value: Maybe,
  options: { pence?: boolean } = {},
  fallback = MISSING,
): string {
  if (isMissing(value)) return fallback
  const digits = options.pence ? 2 : 0
  const sign = Number(value.toFixed(digits)) < 0 ? '−' : ''
  return `${sign}£${numberFormat(digits, digits).format(Math.abs(value))}`
}

/**
 * Money in a compact form for headlines and chart axes: under £1,000 in pounds, under £1m in £k
 * (no decimals from £100k), from £1m in £m with up to 2 decimals (1 from £10m), from £1bn in £bn.
 * 477000 → '£477k'; 1_234_000 → '£1.23m'; 60371 → '£60.4k'.
 */
export function formatMoneyShort(value: Maybe, fallback = MISSING): string {
  if (isMissing(value)) return fallback
  const sign = value < 0 ? '−' : ''
  const abs = Math.abs(value)
  if (abs < 1_000) return `${sign}£${numberFormat(0, 0).format(abs)}`
  if (abs < 999_500) {
    const k = abs / 1_000
    return `${sign}£${numberFormat(0, k < 100 ? 1 : 0).format(k)}k`
  }
  if (abs < 999_500_000) {
    const m = abs / 1_000_000
    return `${sign}£${numberFormat(0, m < 10 ? 2 : 1).format(m)}m`
  }
  return `${sign}£${numberFormat(0, 2).format(abs / 1_000_000_000)}bn`
}

/** A compact count for chart labels: 1_384_780 → '1.38m', 62_345 → '62.3k', 845 → '845'. */
export function formatCompact(value: Maybe, fallback = MISSING): string {
  if (isMissing(value)) return fallback
  const sign = value < 0 ? '−' : ''
  const abs = Math.abs(value)
  if (abs < 1_000) return `${sign}${numberFormat(0, 0).format(abs)}`
  if (abs < 999_500) {
    const k = abs / 1_000
    return `${sign}${numberFormat(0, k < 100 ? 1 : 0).format(k)}k`
  }
  const m = abs / 1_000_000
  return `${sign}${numberFormat(0, m < 10 ? 2 : 1).format(m)}m`
}

/**
 * A share (0.42) as a percentage ('42%'). Shares that are not exactly 0 or 1 never round to
 * '0%' or '100%', because for coverage that difference matters: 0.0004 → '<1%', 0.9996 → '>99%'.
 */
export function formatPercent(share: Maybe, decimals = 0, fallback = MISSING): string {
  if (isMissing(share)) return fallback
  const pct = share * 100
  const step = 10 ** -decimals
  if (pct > 0 && pct < step) return `<${formatNumber(step, decimals)}%`
  if (pct < 100 && pct > 100 - step) return `>${formatNumber(100 - step, decimals)}%`
  return `${formatNumber(pct, decimals)}%`
}

/** NHS financial year by its starting calendar year: 2025 → '2025/26'. */
export function formatFy(fyStart: number): string {
  return `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`
}

/** 2025 → 'FY2025/26'. */
export function formatFyShort(fyStart: number): string {
  return `FY${formatFy(fyStart)}`
}

/** 2025 → 'April 2025 to March 2026'. */
export function formatFyLong(fyStart: number): string {
  return `April ${fyStart} to March ${fyStart + 1}`
}

/** Accepts '2025/26', 'FY2025/26' or a starting year, and returns '2025/26'. */
export function normaliseFy(fy: string | number): string {
  if (typeof fy === 'number') return formatFy(fy)
  return fy.replace(/^FY/, '')
}

/** A mid-year population estimate (30 June): 2022 → 'mid-2022'. */
export function formatMidYear(year: number): string {
  return `mid-${year}`
}

/** '2025-12' → 'December 2025' (or 'Dec 2025' when short). Anything else is returned unchanged. */
export function formatMonth(yyyyMm: string, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yyyyMm)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || !month) return yyyyMm
  return `${short ? month.slice(0, 3) : month} ${match[1]}`
}

/** '2025-12' → 2025.917: a month as a decimal year, for time axes. */
export function monthToDecimalYear(yyyyMm: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(yyyyMm)
  if (!match) return null
  return Number(match[1]) + (Number(match[2]) - 1) / 12
}

/** A distance in kilometres: under 10 km with one decimal, otherwise whole. */
export function formatKm(km: Maybe, fallback = MISSING): string {
  if (isMissing(km)) return fallback
  return `${formatNumber(km, km < 10 ? 1 : 0)} km`
}

/** '1 team', '3 teams'. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`
}

/** ['a', 'b', 'c'] → 'a, b and c'. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

// Times are shown in UK time whatever the browser's zone: the service and its boards are in the UK.
const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
})
const UK_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

function toDate(iso: string | Date): Date | null {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  return Number.isNaN(date.getTime()) ? null : date
}

/** '2026-11-23T14:03:09Z' → '14:03' (UK time). */
export function formatTime(iso: string | Date, fallback = MISSING): string {
  const date = toDate(iso)
  return date ? UK_TIME.format(date) : fallback
}

/** '2026-11-23T14:03:09Z' → '23 November 2026' (UK date). */
export function formatDate(iso: string | Date, fallback = MISSING): string {
  const date = toDate(iso)
  return date ? UK_DATE.format(date) : fallback
}

/** '23 November 2026 at 14:03'; today's times as '14:03' alone when `now` is the same UK day. */
export function formatDateTime(iso: string | Date, now?: Date, fallback = MISSING): string {
  const date = toDate(iso)
  if (!date) return fallback
  if (now && UK_DATE.format(now) === UK_DATE.format(date)) return `today at ${UK_TIME.format(date)}`
  return `${UK_DATE.format(date)} at ${UK_TIME.format(date)}`
}
