import type { ExplainStep, ExplainUnit } from '../../domain/explain'
import { say } from './text'

/** Scope totals list this many of their largest parts, then the rest in one line. */
export const TOP_PARTS = 10

/**
 * The largest parts of a total as steps (by `weight`, ties in the given order), and one line
 * for the rest so a UK figure reads as ten authorities and "351 more", not 361 rows. Every
 * part's step is still worked out, so the inputs listed cover the parts not shown too.
 */
export function largestParts<T>(
  items: readonly T[],
  weight: (item: T) => number,
  step: (item: T) => ExplainStep,
  rest: { noun: string; unit: ExplainUnit; value: (items: T[]) => number },
): ExplainStep[] {
  const ranked = items
    .map((item, k) => ({ item, k, w: weight(item), step: step(item) }))
    .sort((x, y) => y.w - x.w || x.k - y.k)
  const shown = ranked.slice(0, TOP_PARTS).map((r) => r.step)
  const others = ranked.slice(TOP_PARTS).map((r) => r.item)
  if (others.length === 0) return shown
  const value = rest.value(others)
  shown.push({
    label: `${others.length} more ${rest.noun}`,
    value,
    unit: rest.unit,
    formula: `${valueText(value, rest.unit)} together, not listed one by one`,
  })
  return shown
}

/** A value with its unit, as formulas print it. */
export function valueText(value: number, unit: ExplainUnit): string {
  switch (unit) {
    case 'GBP':
      return say.money(value)
    case 'GBP a year':
      return `${say.money(value)} a year`
    case 'GBP per baby':
      return `${say.money(value)} per baby`
    case 'GBP per family':
      return `${say.money(value)} per family`
    case 'times':
      return `${say.factor(value)} times`
    case 'share':
      return say.share(value)
    case 'WTE':
      return say.wte(value)
    default:
      return `${say.n(value)} ${value === 1 ? singular(unit) : unit}`
  }
}

function singular(unit: ExplainUnit): string {
  if (unit === 'babies') return 'baby'
  if (unit === 'births') return 'birth'
  if (unit === 'teams') return 'team'
  if (unit === 'families a year') return 'family a year'
  return unit
}

/** 'a + b + c' of the children's values, or the one value with where it comes from. */
export function sumOf(children: readonly ExplainStep[], unit: ExplainUnit, noun: string): string {
  if (children.length === 1) return `${valueText(children[0]!.value ?? 0, unit)} from ${noun}`
  return children.map((c) => valueText(c.value ?? 0, unit)).join(' + ')
}
