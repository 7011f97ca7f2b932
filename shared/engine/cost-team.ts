import { z } from 'zod'
import type { AssumptionValues } from '../domain/assumptions'
import { fyLabel, fyOfMonth, monthIndex } from '../domain/fiscal-year'
import type { ModelData } from '../domain/model-data'
import { BANDS, type Band, type Role, type TeamTemplateId } from '../domain/pay'
import { assumptionOverridesSchema, roleSchema } from '../domain/scenario'
import { employerCost } from './pay-rates'
import { defaultAssumptions, withOverrides } from './settings'
import { clinicalWte, satelliteRoles, scaleRoles, templateFor, totalWte } from './team-templates'
import { monthsBetween } from './months'

const MONTH = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month in the form YYYY-MM')
  .refine((m) => {
    const year = Number(m.slice(0, 4))
    return year >= 2000 && year <= 2100
  }, 'a month between 2000 and 2100')

export const costTeamInputSchema = z
  .strictObject({
    template: z.enum(['standard', 'satellite']),
    start: MONTH,
    /** Inclusive: '2025-03' costs March 2025. */
    end: MONTH,
    /** Replaces the template's posts. */
    roles: z.array(roleSchema).min(1).max(20).optional(),
    /** Satellite: number of whole-time therapists (default satelliteTherapists). */
    therapists: z.number().min(0, 'therapists cannot be negative').max(50).optional(),
    /** Satellite: the therapists' band (default the template's). */
    band: z.enum(BANDS).optional(),
    /** Satellite: WTE of hub supervision (default 0.1 per therapist, as the template). */
    supervisionWte: z.number().min(0, 'supervision WTE cannot be negative').max(10).optional(),
    assumptions: assumptionOverridesSchema.optional(),
    /** Adds the one-off set-up cost in the start month's year (default true). */
    includeSetup: z.boolean().optional(),
  })
  .refine((input) => input.end >= input.start, {
    message: 'end must not be before start',
    path: ['end'],
  })

export type CostTeamInput = z.input<typeof costTeamInputSchema>

export interface TeamCostYear {
  fy: string
  fyStart: number
  months: number
  salary: number
  employerNi: number
  employerPension: number
  overhead: number
  oneOff: number
  total: number
}

export interface TeamCostRole {
  title: string
  band: Band
  wte: number
  /** A full year in the first financial year of the period, overhead included. */
  annualCostFirstYear: number
  /** Charged to the hub team (a satellite's supervision). */
  hub: boolean
}

/** Families the team's own clinical posts can see (hub posts add none here). */
export interface TeamCapacity {
  clinicalWte: number
  familiesPerYear: number
  /** Posts taken as filled and working from the first month; scenarios add the recruitment lag. */
  familiesInPeriod: number
  /** Total cost over the families seen in the period; null when the team sees nobody. */
  costPerFamily: number | null
}

export interface TeamCosting {
  template: TeamTemplateId
  start: string
  end: string
  months: number
  total: number
  capacity: TeamCapacity
  years: TeamCostYear[]
  roles: TeamCostRole[]
  assumptionsUsed: AssumptionValues
}

/**
 * Costs one team over a period, month by month within financial years: each post costs
 * WTE × months/12 × (salary + employer NI + employer pension) × (1 + non-pay overhead).
 * A satellite's hub supervision is included. Twelve months of one year cost exactly one year.
 */
export function costTeam(data: ModelData, input: CostTeamInput): TeamCosting {
  const a = withOverrides(defaultAssumptions(data), input.assumptions)
  const start = monthIndex(input.start)
  const end = monthIndex(input.end)
  const posts = postsFor(data, input, a)
  const firstFy = fyOfMonth(start)
  const lastFy = fyOfMonth(end)
  const includeSetup = input.includeSetup ?? true
  const setup = input.template === 'satellite' ? a.setupCostSatellite : a.setupCostStandard

  const years: TeamCostYear[] = []
  for (let fy = firstFy; fy <= lastFy; fy++) {
    const months = monthsBetween(fy, start, end)
    let salary = 0
    let employerNi = 0
    let employerPension = 0
    for (const { role } of posts) {
      const c = employerCost(data, role.band, fy, a)
      const f = (role.wte * months) / 12
      salary += f * c.salary
      employerNi += f * c.employerNi
      employerPension += f * c.employerPension
    }
    const overhead = (salary + employerNi + employerPension) * a.nonPayOverhead
    const oneOff = includeSetup && fy === firstFy ? setup : 0
    years.push({
      fy: fyLabel(fy),
      fyStart: fy,
      months,
      salary,
      employerNi,
      employerPension,
      overhead,
      oneOff,
      total: salary + employerNi + employerPension + overhead + oneOff,
    })
  }

  const months = end - start + 1
  const total = years.reduce((sum, y) => sum + y.total, 0)
  const clinical = clinicalWte(posts.filter((p) => !p.hub).map((p) => p.role))
  const familiesPerYear = clinical * a.familiesPerClinicalWte * (1 - a.supervisionShare)
  const familiesInPeriod = (familiesPerYear * months) / 12
  return {
    template: input.template,
    start: input.start,
    end: input.end,
    months,
    total,
    capacity: {
      clinicalWte: clinical,
      familiesPerYear,
      familiesInPeriod,
      costPerFamily: familiesInPeriod > 0 ? total / familiesInPeriod : null,
    },
    years,
    roles: posts.map(({ role, hub }) => ({
      title: role.title,
      band: role.band,
      wte: role.wte,
      annualCostFirstYear:
        role.wte * employerCost(data, role.band, firstFy, a).total * (1 + a.nonPayOverhead),
      hub,
    })),
    assumptionsUsed: a,
  }
}

function postsFor(
  data: ModelData,
  input: CostTeamInput,
  a: AssumptionValues,
): { role: Role; hub: boolean }[] {
  const template = templateFor(data, input.template)
  const roles = input.roles ?? template.roles
  if (input.template === 'standard') return roles.map((role) => ({ role, hub: false }))

  // Given posts are costed as given unless a therapist count is also given.
  const therapists = input.therapists ?? (input.roles ? clinicalWte(roles) : a.satelliteTherapists)
  const scaled =
    clinicalWte(roles) > 0
      ? satelliteRoles(template, roles, therapists)
      : { roles: [...roles], hubRoles: template.hubRoles }
  const own = input.band
    ? scaled.roles.map((r) => (r.clinical ? { ...r, band: input.band! } : r))
    : scaled.roles
  let hubRoles = scaled.hubRoles
  if (input.supervisionWte !== undefined) {
    const base = totalWte(template.hubRoles)
    hubRoles =
      base > 0
        ? scaleRoles(template.hubRoles, input.supervisionWte / base)
        : [{ title: 'Hub supervision', band: '8a', wte: input.supervisionWte, clinical: false }]
  }
  return [
    ...own.map((role) => ({ role, hub: false })),
    ...hubRoles.map((role) => ({ role, hub: true })),
  ]
}
