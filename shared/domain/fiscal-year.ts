/**
 * NHS financial years run April to March. A financial year is identified by the
 * calendar year it starts in: 2025 is FY2025/26 (1 April 2025 to 31 March 2026).
 */
export type FyStart = number

export function fyLabel(fy: FyStart): string {
  return `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`
}

/** Parses '2025/26' (or 'FY2025/26') back to 2025; null if it is not a financial year. */
export function parseFyLabel(label: string): FyStart | null {
  const match = /^(?:FY)?(\d{4})\/(\d{2})$/.exec(label)
  if (!match) return null
  const start = Number(match[1])
  return (start + 1) % 100 === Number(match[2]) ? start : null
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** A calendar month 'YYYY-MM' as a month index (year * 12 + month - 1). */
export function monthIndex(yyyyMm: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(yyyyMm)
  if (!match) throw new Error(`Not a month in the form YYYY-MM: ${yyyyMm}`)
  const month = Number(match[2])
  if (month < 1 || month > 12) throw new Error(`Month out of range in ${yyyyMm}`)
  return Number(match[1]) * 12 + month - 1
}

/** The financial year a month index falls in. */
export function fyOfMonth(index: number): FyStart {
  const year = Math.floor(index / 12)
  const month = index % 12 // 0 = January
  return month >= 3 ? year : year - 1
}

/** Month index of April in the given financial year. */
export function fyFirstMonth(fy: FyStart): number {
  return fy * 12 + 3
}

/** Whole months of a financial year inside the inclusive month range [start, end]. */
export function monthsBetween(fy: FyStart, start: number, end: number): number {
  const first = fyFirstMonth(fy)
  return Math.max(0, Math.min(first + 11, end) - Math.max(first, start) + 1)
}

/** The mid-year population estimate (30 June) that falls inside a financial year. */
export function midYearOfFy(fy: FyStart): number {
  return fy
}

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
})

/**
 * The last answer and the minute it was for. The server asks several times a request (the model
 * store checks the year each time it is read) and formatToParts was about 2% of a save's CPU;
 * UK time is a whole number of hours from UTC, so the year always turns on a UTC minute.
 */
let last = { minute: NaN, fy: 0 }

/** The NHS financial year under way at an instant; years turn at midnight on 1 April, UK time. */
export function fyOfDate(date: Date): FyStart {
  const minute = Math.floor(date.getTime() / 60_000)
  if (minute === last.minute) return last.fy
  const parts = LONDON_DATE.formatToParts(date)
  const year = Number(parts.find((p) => p.type === 'year')!.value)
  const month = Number(parts.find((p) => p.type === 'month')!.value)
  last = { minute, fy: month >= 4 ? year : year - 1 }
  return last.fy
}

/**
 * The first financial year new provision can start in at an instant: new teams start in April
 * [A], so the year under way only while its April lasts, else the next one.
 */
export function newStartsFyOfDate(date: Date): FyStart {
  const fy = fyOfDate(date)
  const month = Number(LONDON_DATE.formatToParts(date).find((p) => p.type === 'month')!.value)
  return month === 4 ? fy : fy + 1
}

/** 'March 2031' for FY2030/31: the month a financial year ends, as a target is said aloud. */
export function fyEndLabel(fy: FyStart): string {
  return `March ${fy + 1}`
}
