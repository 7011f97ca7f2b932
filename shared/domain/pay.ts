import type { FyStart } from './fiscal-year'
import type { Mark } from './provenance'

/** Agenda for Change pay bands used by parent-infant teams. */
export const BANDS = ['4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const
export type Band = (typeof BANDS)[number]

/** Annual full-time basic pay for one band in one financial year. */
export interface PayPoint {
  band: Band
  fy: FyStart
  entry: number
  /** Bands 8a to 9 gained an intermediate point in April 2024; band 4 has none. */
  intermediate: number | null
  top: number
  mark: Mark
  source: string
}

/** Employer National Insurance: a rate on earnings above a threshold, from a financial year on. */
export interface EmployerNiRule {
  fromFy: FyStart
  rate: number
  threshold: number
  mark: Mark
  source: string
}

/** One post in a team template. `clinical` posts add capacity; others only cost. */
export interface Role {
  title: string
  band: Band
  wte: number
  clinical: boolean
}

export type TeamTemplateId = 'standard' | 'satellite'

export interface TeamTemplate {
  id: TeamTemplateId
  label: string
  roles: Role[]
  /** Roles charged to the hub team (e.g. a satellite's supervision); they cost but add no capacity here. */
  hubRoles: Role[]
  mark: Mark
  source: string
}
