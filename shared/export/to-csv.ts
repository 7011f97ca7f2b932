import { escapeText } from './escape-cell'
import type { CellValue, ColumnFormat } from './export-types'

/** Decimal places written for each kind of figure; XLSX keeps full precision with a display format. */
const PLACES: Record<ColumnFormat, number | null> = {
  text: null,
  boolean: null,
  integer: 0,
  year: 0,
  gbp: 2,
  share: 4,
  number: 2,
}

/** A number as CSV text: rounded for its format, never '-0', never exponent notation. */
export function csvNumber(value: number, format: ColumnFormat): string {
  if (!Number.isFinite(value)) return ''
  const places = PLACES[format] ?? 10
  // toFixed switches to exponent notation from 1e21; Intl writes every digit.
  const text =
    Math.abs(value) < 1e21
      ? String(Number(value.toFixed(places)))
      : value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: places })
  return /^-0(\.0*)?$/.test(text) ? '0' : /e/i.test(text) ? value.toFixed(places) : text
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One cell: numbers as numbers, text escaped against formulas and quoted as RFC 4180 needs. */
export function csvCell(value: CellValue, format: ColumnFormat): string {
  if (value === null) return ''
  if (typeof value === 'number') return csvNumber(value, format)
  return csvField(escapeText(value))
}
