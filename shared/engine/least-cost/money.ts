import { fmt } from '../format'

/**
 * Money in the compact form the dashboard uses for headlines (as client/lib/format's
 * formatMoneyShort): £950, £60.4k, £312k, £1.23m, £11.8m, £1.2bn. No Intl, as in fmt.
 */
export function money(x: number): string {
  const sign = x < 0 ? '−' : ''
  const abs = Math.abs(x)
  if (abs < 1_000) return `${sign}£${fmt.n(abs)}`
  if (abs < 999_500) {
    const k = abs / 1_000
    return `${sign}£${trim(k, k < 100 ? 1 : 0)}k`
  }
  if (abs < 999_500_000) {
    const m = abs / 1_000_000
    return `${sign}£${trim(m, m < 10 ? 2 : 1)}m`
  }
  return `${sign}£${trim(abs / 1_000_000_000, 2)}bn`
}

/** Up to `digits` decimals, trailing zeros dropped. */
function trim(x: number, digits: number): string {
  return String(Number(x.toFixed(digits)))
}
