/**
 * Sorting rows for tables: a sort state ({ key, dir }), and a stable sort that puts missing values
 * last whichever way the column is sorted, compares numbers as numbers and text in en-GB order.
 */

export type SortDir = 'asc' | 'desc'

export interface SortState {
  key: string
  dir: SortDir
}

export type SortValue = number | string | null | undefined

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' })

export function compareValues(a: SortValue, b: SortValue, dir: SortDir): number {
  const aMissing = a === null || a === undefined || (typeof a === 'number' && Number.isNaN(a))
  const bMissing = b === null || b === undefined || (typeof b === 'number' && Number.isNaN(b))
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1
  const order =
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
  return dir === 'asc' ? order : -order
}

/** A sorted copy; rows that compare equal keep their order. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, dir: SortDir): T[] {
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => compareValues(a.value, b.value, dir) || a.index - b.index)
    .map((entry) => entry.row)
}
