import type { AssumptionKey } from '../../domain/assumptions'
import type { ExplainTeam } from '../../domain/explain'
import type { Band, TeamTemplateId } from '../../domain/pay'
import type { RunContext } from '../run-context'
import type { ScenarioTrace } from '../run-scenario'

/**
 * What an explanation has drawn on so far. Steps record each assumption, table and team as
 * they name it, so the inputs listed are exactly those in the formulas shown.
 */
export interface Ledger {
  trace: ScenarioTrace
  ctx: RunContext
  assumptions: Set<AssumptionKey>
  /** Mid-years read straight from the published estimates. */
  observed: Set<number>
  /** 'mid-2027 from mid-2024', one per projection made. */
  projected: Set<string>
  /** The national projection was used to carry estimates forward. */
  nationalProjection: boolean
  /** Financial year → bands whose pay was used. */
  pay: Map<number, Set<Band>>
  niYears: Set<number>
  templates: Set<TeamTemplateId>
  teams: Map<number, ExplainTeam>
  /** An authority split between health bodies was counted in part. */
  splitShares: boolean
  /** Need was weighted by deprivation. */
  deprivation: boolean
  /** Nations whose missing years were filled with their own trend. */
  ownTrends: Set<string>
}

export function newLedger(trace: ScenarioTrace): Ledger {
  return {
    trace,
    ctx: trace.ctx,
    assumptions: new Set(),
    observed: new Set(),
    projected: new Set(),
    nationalProjection: false,
    pay: new Map(),
    niYears: new Set(),
    templates: new Set(),
    deprivation: false,
    ownTrends: new Set(),
    teams: new Map(),
    splitShares: false,
  }
}

/** The scenario's value of an assumption, recorded as used. */
export function use(ledger: Ledger, key: AssumptionKey): number {
  ledger.assumptions.add(key)
  return ledger.ctx.a[key]
}

export function usePay(ledger: Ledger, band: Band, fy: number): void {
  const bands = ledger.pay.get(fy) ?? new Set<Band>()
  bands.add(band)
  ledger.pay.set(fy, bands)
  ledger.niYears.add(fy)
}
