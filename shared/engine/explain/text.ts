import type { AssumptionUnit } from '../../domain/assumptions'
import { fmt } from '../format'

/**
 * Numbers as the formulas print them. Counts under 100 keep a decimal so small figures
 * (0.4 families) do not read as nothing; shares never round to 0% or 100% unless exact.
 */
export const say = {
  n: (x: number) => (Math.abs(x) >= 100 ? fmt.n(x) : fmt.wte(x)),
  wte: (x: number) => `${fmt.wte(x)} WTE`,
  money: (x: number) => `${x < 0 ? '-' : ''}£${fmt.n(Math.abs(x))}`,
  /** An assumption's rate to the precision it was given: 23.78%, 7%. */
  rate: (x: number) => `${Number((x * 100).toFixed(2))}%`,
  /** A computed share, to 0.1%. */
  share: (x: number) => {
    const p = x * 100
    if (p > 0 && p < 0.05) return '<0.1%'
    if (p < 100 && p > 99.95) return '>99.9%'
    return `${Number(p.toFixed(1))}%`
  },
  factor: (x: number) => String(Number(x.toFixed(3))),
  fy: fmt.fy,
  list: fmt.list,
  plural: (count: number, one: string, many: string) => (count === 1 ? one : many),
}

/** An assumption's value in its own unit: 0.07 share → '7%', 30000 GBP → '£30,000'. */
export function assumptionText(value: number, unit: AssumptionUnit): string {
  switch (unit) {
    case 'share':
      return say.rate(value)
    case 'share per year':
      return `${say.rate(value)} a year`
    case 'GBP':
      return say.money(value)
    case 'GBP per year':
      return `${say.money(value)} a year`
    case 'scale':
      return `× ${say.factor(value)}`
    case 'WTE':
      return say.wte(value)
    case 'families per WTE per year':
      return `${say.n(value)} families per WTE a year`
    case 'families per team per year':
      return `${say.n(value)} families per team a year`
    default:
      return `${say.n(value)} ${unit}`
  }
}
