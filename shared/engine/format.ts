import { fyLabel, MONTH_NAMES as MONTHS } from '../domain/fiscal-year'

/** Thousands separators without Intl, which is slow enough to matter on the hot path. */
function grouped(x: number, digits: 0 | 1): string {
  const scale = digits === 0 ? 1 : 10
  const rounded = Math.round(Math.abs(x) * scale) / scale
  const sign = x < 0 && rounded !== 0 ? '-' : ''
  const text = String(rounded)
  if (rounded < 1000) return sign + text
  const dot = text.indexOf('.')
  const int = dot < 0 ? text : text.slice(0, dot)
  const frac = dot < 0 ? '' : text.slice(dot)
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac
}

/** Plain-English number formats for the reasons the engine gives. */
export const fmt = {
  n: (x: number) => grouped(x, 0),
  wte: (x: number) => grouped(x, 1),
  /** Two places below 0.1, so a handful of families' posts do not read as 0. */
  smallWte: (x: number) => (Math.abs(x) < 0.095 && x !== 0 ? x.toFixed(2) : grouped(x, 1)),
  pct: (x: number) => `${grouped(x * 100, 0)}%`,
  km: (x: number) => `${grouped(x, 0)} km`,
  /** £1,234 below £1m, £12.3m above. */
  money: (x: number) =>
    Math.abs(x) >= 1e6
      ? `${x < 0 ? '-' : ''}£${grouped(Math.abs(x) / 1e6, 1)}m`
      : `${x < 0 ? '-' : ''}£${grouped(Math.abs(x), 0)}`,
  fy: fyLabel,
  /** '2025-03' → 'March 2025'. */
  month: (yyyyMm: string) =>
    `${MONTHS[Number(yyyyMm.slice(5, 7)) - 1] ?? ''} ${yyyyMm.slice(0, 4)}`,
  list: (items: readonly string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
}
