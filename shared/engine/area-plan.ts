import type { AreaPlan } from './plan-types'
import type { RunContext } from './run-context'

const FULL = 1 - 1e-9

/** An authority before any choice: its coverage today and the largest shortfall in any year. */
export function areaPlanFor(ctx: RunContext, i: number): AreaPlan {
  const { nYears, need, existingCap } = ctx
  const cell0 = i * nYears
  const need0 = need[cell0]!
  const coverage = need0 > 0 ? Math.min(1, existingCap[cell0]! / need0) : 1
  // Size to the largest shortfall in any modelled year, so growth later is met too.
  let unmet = 0
  for (let y = 0; y < nYears; y++) {
    unmet = Math.max(unmet, need[cell0 + y]! - existingCap[cell0 + y]!)
  }
  return { la: i, option: 'none', reason: '', project: -1, hubTeam: -1, hubLa: -1, coverage, unmet }
}

/** Whether a strategy gives the authority new provision: short of need in the first year. */
export function hasGap(area: AreaPlan): boolean {
  return area.coverage < FULL && area.unmet > 0
}
