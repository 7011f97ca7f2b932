import type { ExplainStep, ExplainUnit } from '../../domain/explain'
import type { Ledger } from './ledger'
import { valueText } from './rollup'
import { say } from './text'

/** An authority inside the scope, with the share of it the scope holds. */
export interface ScopeArea {
  i: number
  share: number
  code: string
  name: string
}

export function scopeAreas(ledger: Ledger): ScopeArea[] {
  const { ctx } = ledger
  return ctx.scope.las
    .filter((l) => l.share > 0)
    .map(({ index: i, share }) => ({
      i,
      share,
      code: ctx.data.las[i]!.code,
      name: ctx.data.las[i]!.name,
    }))
}

export function cellOf(ledger: Ledger, i: number, y: number): number {
  return i * ledger.ctx.nYears + y
}

/**
 * The part of a whole-authority figure inside the scope. Authorities split between health
 * bodies count in part (by their share of 2021 small areas); whole ones are the figure itself.
 */
export function partInScope(
  ledger: Ledger,
  area: ScopeArea,
  whole: ExplainStep,
  unit: ExplainUnit,
): ExplainStep {
  if (area.share >= 1 - 1e-12 || whole.value === null) return whole
  ledger.splitShares = true
  const value = area.share * whole.value
  return {
    label: `${whole.label}, the part in ${ledger.ctx.scope.ref.name}`,
    value,
    unit,
    formula: `${say.share(area.share)} of ${area.name} is in ${ledger.ctx.scope.ref.name}: ${say.share(area.share)} × ${valueText(whole.value, unit)} = ${valueText(value, unit)}`,
    children: [whole],
  }
}
