/**
 * How financial years are said on screen. A target is said by the month it ends, as people say
 * it aloud ("by March 2031"), with the financial year beside it; the first modelled year is the
 * one under way, so it is marked "now" and years before it are never shown as modelled.
 */
import { fyEndLabel, fyLabel } from '../../shared/domain/fiscal-year'

/** 2030 → 'by March 2031 (FY2030/31)'. */
export function targetFyText(fy: number): string {
  return `by ${fyEndLabel(fy)} (FY${fyLabel(fy)})`
}

/** 2030 → '2030/31 (by March 2031)': an option in a target-year select. */
export function targetOptionText(fy: number): string {
  return `${fyLabel(fy)} (by ${fyEndLabel(fy)})`
}

/** A modelled year in a table or on an axis: the year under way is '2026/27 (now)'. */
export function modelledFyText(fy: number, currentFy: number): string {
  return fy === currentFy ? `${fyLabel(fy)} (now)` : fyLabel(fy)
}

export interface YearOption {
  value: string
  label: string
}

/** Start years for a select: from the year under way ('2026/27 (now)') to `to`. */
export function startYearOptions(currentFy: number, to: number): YearOption[] {
  const list: YearOption[] = []
  for (let fy = currentFy; fy <= Math.max(to, currentFy); fy += 1) {
    list.push({ value: String(fy), label: modelledFyText(fy, currentFy) })
  }
  return list
}

/** Target years for a select, each said by the month it ends: '2029/30 (by March 2030)'. */
export function targetYearOptions(from: number, to: number): YearOption[] {
  const list: YearOption[] = []
  for (let fy = from; fy <= to; fy += 1)
    list.push({ value: String(fy), label: targetOptionText(fy) })
  return list
}
