import type { OptionKind } from '../domain/scenario'

/** One piece of new provision: a team, a satellite or an expansion, serving one or more authorities. */
export interface Project {
  kind: Exclude<OptionKind, 'none'>
  las: number[]
  /** Share of the project's capacity and cost going to each authority (sums to 1). */
  weights: number[]
  /** Own posts by band (BANDS order). */
  wte: number[]
  /** Posts charged to the hub team: they cost but add no capacity here. */
  hubWte: number[]
  clinicalWte: number
  /** The part of clinicalWte filled by recruit-to-train practitioners (ramp-up.ts). */
  traineeWte: number
  /** Pay while training less pay once trained, WTE by band: what training changes in the cost. */
  traineePayDelta: number[]
  setup: number
  /** Families a year once productive, after recruitment success. */
  capacity: number
  hubTeam: number
  hubLa: number
  expandedTeams: number[]
  fixedStartFy: number | null
  /** The year phasing first chose, before any cap deferred it. */
  plannedFy: number | null
  /** The caps that held it back from a year phasing tried. */
  heldBy: ('budget' | 'workforce')[]
  startFy: number | null
  /** Σ over its authorities of (share in scope × weight): scales it into scope totals. */
  scopeShare: number
  /** Priority keys: unmet families (whole authorities), babies in scope, coverage today. */
  unmet: number
  babies: number
  coverage: number
  name: string
  code: string
}

export interface AreaPlan {
  la: number
  option: OptionKind
  reason: string
  project: number
  hubTeam: number
  hubLa: number
  /** Coverage from existing teams in the first year, and the largest unmet need in any year. */
  coverage: number
  unmet: number
}
