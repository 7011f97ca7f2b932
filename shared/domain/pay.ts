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

/**
 * How a post is filled: by someone already qualified, or by a recruit-to-train practitioner
 * who studies while working (FACTS.md §5: productive after about 12 months, fully trained
 * after about 24) and is paid at a trainee band until trained.
 */
export const TRAINING_ROUTES = ['qualified', 'recruit-to-train'] as const
export type TrainingRoute = (typeof TRAINING_ROUTES)[number]

/** One post in a team template. `clinical` posts add capacity; others only cost. */
export interface Role {
  title: string
  band: Band
  wte: number
  clinical: boolean
  /** Absent means 'qualified'. */
  route?: TrainingRoute
  /** The band paid while a recruit-to-train post is in training; absent means its own band. */
  traineeBand?: Band
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
