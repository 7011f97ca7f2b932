import { z } from 'zod'
import type { ScenarioResult } from './results'
import { scenarioSettingsSchema, type ScenarioSettings } from './scenario'

/** What a signed-in person may do inside their own organisation. */
export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ORGANISATION_KINDS = ['icb', 'council', 'national'] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

export interface Organisation {
  id: string
  name: string
  kind: OrganisationKind
  /** The area the organisation plans for, e.g. an ICB or council code; null for a national body. */
  areaCode: string | null
}

export interface SessionUser {
  id: string
  email: string
  name: string
  role: Role
  organisation: Organisation
  /**
   * True after an admin created the account or reset its password: every change except
   * `auth.changePassword` and `auth.logout` is refused until the person picks their own.
   */
  mustChangePassword: boolean
}

export const SCENARIO_STATUSES = ['draft', 'approved'] as const
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number]

/**
 * 'organisation': only its own organisation; 'shared': also the listed organisations;
 * 'published': every signed-in organisation. Always read-only outside its own organisation.
 */
export const VISIBILITIES = ['organisation', 'shared', 'published'] as const
export type Visibility = (typeof VISIBILITIES)[number]

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

export const scenarioNameSchema = z.string().trim().min(1, 'give the scenario a name').max(120)

/** Why an assumption or setting was changed, keyed by the setting ('budgetCap') or assumption ('a.needRate'). */
export const rationaleSchema = z
  .record(z.string().max(60), z.string().trim().max(2000))
  .refine((r) => Object.keys(r).length <= 200, 'at most 200 rationale notes')

export const SCENARIO_ID = z.string().regex(/^[a-z0-9]{8,32}$/, 'a scenario id')
export const ORGANISATION_ID = z.string().regex(/^[a-z0-9]{8,32}$/, 'an organisation id')

/** The version the edit was made from; a change from an older version is refused as a conflict. */
const version = z.number().int().min(1)

// ----- auth.* -----

export const loginSchema = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
})

export const changePasswordSchema = z.strictObject({
  current: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  next: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `the new password needs at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(
      PASSWORD_MAX_LENGTH,
      `the new password can have at most ${PASSWORD_MAX_LENGTH} characters`,
    ),
})

// ----- scenario.* (saved scenarios) -----

export const listScenariosSchema = z
  .strictObject({
    /** true: only archived scenarios; false or left out: only those not archived. */
    archived: z.boolean().optional(),
  })
  .optional()

export const scenarioIdSchema = z.strictObject({ id: SCENARIO_ID })

export const createScenarioSchema = z.strictObject({
  name: scenarioNameSchema,
  settings: scenarioSettingsSchema,
  rationale: rationaleSchema.optional(),
})

export const saveScenarioSchema = z.strictObject({
  id: SCENARIO_ID,
  version,
  name: scenarioNameSchema.optional(),
  settings: scenarioSettingsSchema.optional(),
  /** Replaces the whole set of notes; empty notes are dropped. */
  rationale: rationaleSchema.optional(),
})

export const cloneScenarioSchema = z.strictObject({
  id: SCENARIO_ID,
  /** Defaults to 'Copy of <name>'. */
  name: scenarioNameSchema.optional(),
})

export const archiveScenarioSchema = z.strictObject({
  id: SCENARIO_ID,
  version,
  archived: z.boolean(),
})

export const versionedScenarioSchema = z.strictObject({ id: SCENARIO_ID, version })

export const shareScenarioSchema = z
  .strictObject({
    id: SCENARIO_ID,
    version,
    visibility: z.enum(VISIBILITIES),
    /** Required (1–50) for 'shared'; must be left out or empty otherwise. */
    organisationIds: z.array(ORGANISATION_ID).max(50).optional(),
  })
  .refine((s) => s.visibility !== 'shared' || (s.organisationIds?.length ?? 0) > 0, {
    message: 'choose at least one organisation to share with',
    path: ['organisationIds'],
  })
  .refine((s) => s.visibility === 'shared' || (s.organisationIds?.length ?? 0) === 0, {
    message: 'organisations are chosen only when the visibility is shared',
    path: ['organisationIds'],
  })

export const compareScenariosSchema = z.strictObject({
  ids: z
    .array(SCENARIO_ID)
    .min(2, 'compare at least 2 scenarios')
    .max(4, 'compare at most 4 scenarios')
    .refine((ids) => new Set(ids).size === ids.length, 'each scenario can be compared only once'),
})

// ----- audit.* -----

export const auditListSchema = z
  .strictObject({
    limit: z.number().int().min(1).max(200).optional(),
    /** For the next page: the smallest id already shown. */
    beforeId: z.number().int().min(1).optional(),
  })
  .optional()

// ----- outputs -----

export interface SavedScenario {
  id: string
  name: string
  organisation: Organisation
  status: ScenarioStatus
  archived: boolean
  visibility: Visibility
  /** The organisations it is shared with; shown only to its own organisation (else empty). */
  sharedWith: Organisation[]
  version: number
  settings: ScenarioSettings
  rationale: Record<string, string>
  /** Frozen when approved; for a draft, the versions it was last saved under. */
  dataVersion: string
  modelVersion: string
  /** Display names of people. */
  createdBy: string
  createdAt: string
  updatedBy: string
  updatedAt: string
  approvedBy: string | null
  approvedAt: string | null
  /** Whether the person asking may change it (editor or admin of its organisation, and not approved). */
  canEdit: boolean
}

export type SavedScenarioSummary = Omit<SavedScenario, 'settings' | 'rationale'> & {
  scope: { code: string; name: string }
}

/** `scenario.get`: an approved scenario's frozen result; a draft's result run now on current data. */
export interface SavedScenarioWithResult {
  scenario: SavedScenario
  result: ScenarioResult
}

/** `scenario.compare`: in the order the ids were given. */
export interface ScenarioComparison {
  scenarios: SavedScenario[]
  results: ScenarioResult[]
}

/**
 * `error.data.conflict` on a CONFLICT: what the scenario is now, so the page can offer to
 * reload or to save the edit as a copy (`scenario.create` with the edited settings).
 */
export interface ConflictDetail {
  id: string
  currentVersion: number
  status: ScenarioStatus
  updatedBy: string
  updatedAt: string
}

export interface AuditEntry {
  id: number
  /** ISO 8601, UTC. */
  at: string
  /** Null for changes made on the command line (`npm run user`). */
  userEmail: string | null
  userName: string | null
  organisationName: string | null
  /** e.g. 'scenario.save', 'auth.login', 'user.add' */
  action: string
  entity: string
  entityId: string
  fromVersion: number | null
  toVersion: number | null
  /** Plain-English summary of what changed, e.g. 'name, settings.budgetCap'. */
  detail: string
}
