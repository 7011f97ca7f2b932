import { z } from 'zod'
import { ASSUMPTION_KEYS, type AssumptionKey } from './assumptions'
import { BANDS, TRAINING_ROUTES, type Role } from './pay'

export const AREA_CODE = z
  .string()
  .trim()
  .regex(/^[A-Z][0-9A-Z]{1,8}$/, 'an area code such as E06000008, E54000048 or K02000001')

export const OPTIONS = ['standalone', 'satellite', 'icb-wide', 'expand', 'none'] as const
export type OptionKind = (typeof OPTIONS)[number]

export const OPTION_LABELS: Record<OptionKind, string> = {
  standalone: 'Standalone team sized to need',
  satellite: 'Satellite of a hub team',
  'icb-wide': 'Health-body-wide team',
  expand: 'Expand the existing team',
  none: 'No new provision',
}

export const STRATEGIES = ['mixed', 'standalone', 'satellite', 'icb-wide'] as const
export type Strategy = (typeof STRATEGIES)[number]

export const STRATEGY_LABELS: Record<Strategy, string> = {
  mixed: 'Mixed: expand where a team exists, satellite where a hub is near, else standalone',
  standalone: 'A standalone team in every authority with a gap',
  satellite: 'Satellites of the nearest hub, standalone where there is none',
  'icb-wide': 'One team per health body for its authorities with a gap',
}

export const PHASINGS = ['even', 'front-loaded', 'capped'] as const
export type Phasing = (typeof PHASINGS)[number]

export const PHASING_LABELS: Record<Phasing, string> = {
  even: 'Even steps to the target year',
  'front-loaded': 'Front-loaded: start everything in the first year',
  capped: 'As fast as the budget and workforce caps allow',
}

export const EXISTING_TEAM_POLICIES = ['as-funded', 'sustain'] as const
/** Whether register teams stop when their known funding ends, or the scenario renews it. */
export type ExistingTeamPolicy = (typeof EXISTING_TEAM_POLICIES)[number]

export const EXISTING_TEAM_POLICY_LABELS: Record<ExistingTeamPolicy, string> = {
  'as-funded': 'Only while funded: a team stops when its known funding ends',
  sustain: 'Sustain: renew every existing team when its funding ends, at its running cost',
}

export const PLANNING_UNITS = ['upper-tier', 'district'] as const
/**
 * Which councils a new team is bought for: one per upper-tier council (a county and its districts
 * share one, as the national ask counts), or one per district.
 */
export type PlanningUnit = (typeof PLANNING_UNITS)[number]

export const PLANNING_UNIT_LABELS: Record<PlanningUnit, string> = {
  'upper-tier': 'Upper-tier council: a county’s districts share one new team',
  district: 'District: each district with a gap gets its own new team',
}

export const PRIORITIES = ['unmet-need', 'babies', 'lowest-coverage', 'name'] as const
export type Priority = (typeof PRIORITIES)[number]

export const FIRST_FY = 2024
export const LAST_FY = 2035

const fy = z.number().int().min(FIRST_FY).max(LAST_FY)

export const roleSchema = z.strictObject({
  title: z.string().trim().min(1).max(80),
  band: z.enum(BANDS),
  wte: z.number().min(0, 'WTE cannot be negative').max(50),
  clinical: z.boolean(),
  route: z.enum(TRAINING_ROUTES).optional(),
  traineeBand: z.enum(BANDS).optional(),
})

/** Per-assumption overrides, each checked against a sane absolute range (not the advisory range). */
export const assumptionOverridesSchema = z
  .strictObject(
    Object.fromEntries(
      ASSUMPTION_KEYS.map((key) => [key, z.number().finite().optional()]),
    ) as Record<AssumptionKey, z.ZodOptional<z.ZodNumber>>,
  )
  .superRefine((values, ctx) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue
      const [min, max] = ABSOLUTE_LIMITS[key as AssumptionKey]
      if (value < min || value > max) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} must be between ${min} and ${max}; got ${value}`,
        })
      }
    }
  })

/** Values outside these are impossible, not merely unusual. */
export const ABSOLUTE_LIMITS: Record<AssumptionKey, [number, number]> = {
  needRate: [0, 1],
  familiesPerClinicalWte: [0.1, 1000],
  supervisionShare: [0, 0.9],
  existingTeamFamiliesPerYear: [0, 5000],
  payUplift: [-0.2, 0.5],
  employerNiRate: [0, 0.5],
  employerNiThreshold: [0, 100_000],
  employerPensionRate: [0, 0.5],
  nonPayOverhead: [0, 3],
  setupCostStandard: [0, 5_000_000],
  setupCostSatellite: [0, 5_000_000],
  productivityLagMonths: [0, 36],
  traineeProductiveMonths: [0, 48],
  traineeTrainedMonths: [0, 72],
  traineeCaseloadShare: [0, 1],
  nationalRecruitsPerYear: [1, 100_000],
  satelliteMaxDistanceKm: [0, 1000],
  satelliteTherapists: [1, 20],
  hubMaxSatellites: [0, 50],
  standaloneMinScale: [0.1, 5],
  minAreaFamilies: [0, 1000],
  recruitmentSuccess: [0, 1],
  birthsTrendPerYear: [-0.5, 0.5],
  deprivationNeedRatio: [1, 5],
  gdpDeflator: [-0.1, 0.3],
  discountRate: [0, 0.2],
}

export const overrideSchema = z
  .strictObject({
    option: z.enum(OPTIONS).optional(),
    startFy: fy.optional(),
    hubTeamId: z.string().max(80).optional(),
    /** The authority's own need rate (share of births), e.g. from a local needs assessment. */
    needRate: z
      .number()
      .min(0, 'need rate cannot be negative')
      .max(0.5, 'need rate must be at most 50% of births')
      .optional(),
    /** Why the authority's need differs: required with needRate, shown wherever it is used. */
    needReason: z
      .string()
      .trim()
      .min(3, 'say why the need differs here, in a few words')
      .max(300, 'keep the reason to 300 characters')
      .regex(/^[^=+\-@\t\r]/, 'the reason must not start with = + - @ or a tab')
      .optional(),
  })
  .refine((o) => (o.needRate === undefined) === (o.needReason === undefined), {
    message: 'a local need rate needs its reason, and a reason needs a rate',
    path: ['needReason'],
  })

export const scenarioSettingsSchema = z
  .strictObject({
    scope: AREA_CODE,
    startFy: fy.optional(),
    targetFy: fy.optional(),
    strategy: z.enum(STRATEGIES).optional(),
    phasing: z.enum(PHASINGS).optional(),
    priority: z.enum(PRIORITIES).optional(),
    /** Annual budget cap in £ for new provision (existing teams' running costs are apart). */
    budgetCap: z
      .number()
      .positive('budget cap must be more than £0')
      .max(1e10)
      .nullable()
      .optional(),
    /** Most new clinical WTE that can be recruited in one year. */
    workforceCap: z
      .number()
      .positive('workforce cap must be more than 0 WTE')
      .max(1e5)
      .nullable()
      .optional(),
    /** 'national' follows the ONS national projection; 'annual' applies birthsTrendPerYear. */
    trend: z.enum(['national', 'annual']).optional(),
    existingTeams: z.enum(EXISTING_TEAM_POLICIES).optional(),
    planningUnit: z.enum(PLANNING_UNITS).optional(),
    assumptions: assumptionOverridesSchema.optional(),
    overrides: z.record(AREA_CODE, overrideSchema).optional(),
    templates: z
      .strictObject({
        standard: z.array(roleSchema).min(1).max(20).optional(),
        satellite: z.array(roleSchema).min(1).max(20).optional(),
      })
      .optional(),
  })
  .refine((s) => s.startFy === undefined || s.targetFy === undefined || s.targetFy >= s.startFy, {
    message: 'target year must not be before the start year',
    path: ['targetFy'],
  })

export type ScenarioSettings = z.infer<typeof scenarioSettingsSchema>

/** Settings with every default filled in. */
export interface ResolvedSettings {
  scope: string
  startFy: number
  targetFy: number
  strategy: Strategy
  phasing: Phasing
  priority: Priority
  budgetCap: number | null
  workforceCap: number | null
  trend: 'national' | 'annual'
  existingTeams: ExistingTeamPolicy
  planningUnit: PlanningUnit
  assumptions: Record<AssumptionKey, number>
  overrides: Record<string, z.infer<typeof overrideSchema>>
  /** Replacement role lists for the team templates, when the scenario gives them. */
  templates?: { standard?: Role[]; satellite?: Role[] }
}

/**
 * Defaults for everything but the start year, which is the financial year under way
 * (ModelData.currentFy). The target is FY2030/31, i.e. by March 2031, the Rare Jewels ambition.
 */
export const DEFAULT_SETTINGS = {
  targetFy: 2030,
  strategy: 'mixed',
  phasing: 'even',
  priority: 'unmet-need',
  budgetCap: null,
  workforceCap: null,
  trend: 'national',
  existingTeams: 'as-funded',
  planningUnit: 'upper-tier',
} as const satisfies Omit<ResolvedSettings, 'scope' | 'startFy' | 'assumptions' | 'overrides'>
