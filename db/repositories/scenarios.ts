import type {
  Expression,
  ExpressionBuilder,
  Insertable,
  Kysely,
  QueryCreator,
  SqlBool,
} from 'kysely'
import {
  SCENARIO_STATUSES,
  VISIBILITIES,
  type ConflictDetail,
  type Organisation,
  type Role,
  type SavedScenario,
  type Visibility,
} from '../../shared/domain/saved-scenario'
import type { ScenarioSettings } from '../../shared/domain/scenario'
import { dialectOf } from '../dialect'
import { reusableQuery } from '../reusable-query'
import type { AuditLogTable, Database, ScenariosTable } from '../schema'
import { auditRow, writeAudit, type AuditRecord } from './audit'
import { bool, oneOf } from './guards'
import { randomId } from './ids'
import { toOrganisation } from './organisations'
import { retried, rowLockedTransaction } from './write-transaction'

/*
 * Saved scenarios. Every write runs in one write transaction with its audit row; every change
 * to an existing scenario names the version it was made from and is refused when that is no
 * longer the current one (optimistic locking, reliability note D6), guarded by the row's own
 * lock on PostgreSQL, so saves of different scenarios never hold each other up. The organisation always comes
 * from the signed-in actor, never from input.
 */

export interface Actor {
  userId: string
  organisationId: string
  role: Role
}

/** Missing, or belongs to another organisation and is not shared with the actor's. */
export class ScenarioNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`There is no scenario ${id} that your organisation can see.`)
    this.name = 'ScenarioNotFoundError'
  }
}

/** Visible (shared or published) but owned by another organisation. */
export class ScenarioReadOnlyError extends Error {
  constructor(readonly id: string) {
    super(
      'This scenario belongs to another organisation, so you can look at it but not change it. Clone it to make your own copy.',
    )
    this.name = 'ScenarioReadOnlyError'
  }
}

/** The change was made from a version that is no longer the current one. */
export class ScenarioConflictError extends Error {
  constructor(readonly detail: ConflictDetail) {
    super(
      `This scenario was changed by ${detail.updatedBy} at ${formatTime(detail.updatedAt)} (version ${detail.currentVersion}). Reload to see their changes, or save yours as a copy.`,
    )
    this.name = 'ScenarioConflictError'
  }
}

/** The change is not allowed in the scenario's state (e.g. editing an approved scenario). */
export class ScenarioLockedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ScenarioLockedError'
  }
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** '14:05 on 23 November 2026' (UK time). */
export function formatTime(iso: string): string {
  const parts = Object.fromEntries(
    LONDON_TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
  )
  return `${parts.hour}:${parts.minute} on ${parts.day} ${parts.month} ${parts.year}`
}

type Eb = ExpressionBuilder<Database & { s: ScenariosTable }, 's'>

/** Own organisation, published, or shared with the organisation. */
function visibleTo(eb: Eb, organisationId: string): Expression<SqlBool> {
  return eb.or([
    eb('s.organisation_id', '=', organisationId),
    eb('s.visibility', '=', 'published'),
    eb.and([
      eb('s.visibility', '=', 'shared'),
      eb.exists(
        eb
          .selectFrom('scenario_shares as sh')
          .select('sh.scenario_id')
          .whereRef('sh.scenario_id', '=', 's.id')
          .where('sh.organisation_id', '=', organisationId),
      ),
    ]),
  ])
}

function scenarioQuery(db: Kysely<Database>) {
  return db
    .selectFrom('scenarios as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .innerJoin('users as cu', 'cu.id', 's.created_by')
    .innerJoin('users as uu', 'uu.id', 's.updated_by')
    .leftJoin('users as au', 'au.id', 's.approved_by')
    .select([
      's.id',
      's.name',
      's.status',
      's.archived',
      's.visibility',
      's.version',
      's.settings_json',
      's.rationale_json',
      's.data_version',
      's.model_version',
      's.created_at',
      's.updated_at',
      's.approved_at',
      'cu.name as created_by_name',
      'uu.name as updated_by_name',
      'au.name as approved_by_name',
      'o.id as org_id',
      'o.name as org_name',
      'o.kind as org_kind',
      'o.area_code as org_area_code',
    ])
}

type ScenarioRow = Awaited<ReturnType<ReturnType<typeof scenarioQuery>['executeTakeFirstOrThrow']>>

async function sharesOf(
  db: Kysely<Database>,
  scenarioIds: string[],
): Promise<Map<string, Organisation[]>> {
  const shares = new Map<string, Organisation[]>()
  if (scenarioIds.length === 0) return shares
  const rows = await db
    .selectFrom('scenario_shares as sh')
    .innerJoin('organisations as o', 'o.id', 'sh.organisation_id')
    .select(['sh.scenario_id', 'o.id', 'o.name', 'o.kind', 'o.area_code'])
    .where('sh.scenario_id', 'in', scenarioIds)
    .orderBy('o.name')
    .execute()
  for (const row of rows) {
    const list = shares.get(row.scenario_id) ?? []
    list.push(toOrganisation(row))
    shares.set(row.scenario_id, list)
  }
  return shares
}

function toSavedScenario(
  row: ScenarioRow,
  actor: Actor,
  shares: Map<string, Organisation[]>,
): SavedScenario {
  const own = row.org_id === actor.organisationId
  const status = oneOf(SCENARIO_STATUSES, row.status, 'scenario status')
  return {
    id: row.id,
    name: row.name,
    organisation: toOrganisation({
      id: row.org_id,
      name: row.org_name,
      kind: row.org_kind,
      area_code: row.org_area_code,
    }),
    status,
    archived: bool(row.archived),
    visibility: oneOf(VISIBILITIES, row.visibility, 'visibility'),
    // Who else it is shared with is the owning organisation's business.
    sharedWith: own ? (shares.get(row.id) ?? []) : [],
    version: row.version,
    settings: JSON.parse(row.settings_json) as ScenarioSettings,
    rationale: JSON.parse(row.rationale_json) as Record<string, string>,
    dataVersion: row.data_version,
    modelVersion: row.model_version,
    createdBy: row.created_by_name,
    createdAt: row.created_at,
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
    approvedBy: row.approved_by_name,
    approvedAt: row.approved_at,
    canEdit: own && actor.role !== 'viewer' && status === 'draft',
  }
}

/** Scenarios the actor's organisation can see, most recently changed first. */
export async function listVisibleScenarios(
  db: Kysely<Database>,
  actor: Actor,
  options: { archived: boolean },
): Promise<SavedScenario[]> {
  const rows = await scenarioQuery(db)
    .where((eb) => visibleTo(eb as unknown as Eb, actor.organisationId))
    .where('s.archived', '=', options.archived ? 1 : 0)
    .orderBy('s.updated_at', 'desc')
    .orderBy('s.id')
    .execute()
  const shares = await sharesOf(
    db,
    rows
      .filter((r) => r.org_id === actor.organisationId && r.visibility === 'shared')
      .map((r) => r.id),
  )
  return rows.map((row) => toSavedScenario(row, actor, shares))
}

export interface VisibleScenario {
  scenario: SavedScenario
  /** The frozen result (JSON text) of an approved scenario; null for a draft. */
  resultJson: string | null
}

/** Null when missing or not visible to the actor's organisation (callers answer NOT_FOUND). */
export async function getVisibleScenario(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<VisibleScenario | null> {
  const row = await scenarioQuery(db)
    .select('s.result_json')
    .where('s.id', '=', id)
    .where((eb) => visibleTo(eb as unknown as Eb, actor.organisationId))
    .executeTakeFirst()
  if (!row) return null
  // Only a 'shared' scenario has share rows (shareScenario clears them for any other).
  const own = row.org_id === actor.organisationId && row.visibility === 'shared'
  const shares = await sharesOf(db, own ? [row.id] : [])
  return { scenario: toSavedScenario(row, actor, shares), resultJson: row.result_json }
}

/** The versions a scenario is saved under: the data it was run on and the engine that ran it. */
export interface Versions {
  dataVersion: string
  modelVersion: string
}

export interface NewScenario {
  name: string
  settings: ScenarioSettings
  rationale: Record<string, string>
}

/** Creates a draft in the actor's organisation (version 1); also used to clone. */
export async function createScenario(
  db: Kysely<Database>,
  actor: Actor,
  scenario: NewScenario,
  versions: Versions,
  now: Date,
  audit: { action: 'scenario.create' | 'scenario.clone'; summary: string; detail?: object },
): Promise<SavedScenario> {
  return rowLockedTransaction(db, async (conn) => {
    const id = randomId()
    const at = now.toISOString()
    await conn
      .insertInto('scenarios')
      .values({
        id,
        organisation_id: actor.organisationId,
        name: scenario.name,
        status: 'draft',
        archived: 0,
        visibility: 'organisation',
        version: 1,
        settings_json: JSON.stringify(scenario.settings),
        rationale_json: JSON.stringify(cleanRationale(scenario.rationale)),
        data_version: versions.dataVersion,
        model_version: versions.modelVersion,
        result_json: null,
        created_by: actor.userId,
        created_at: at,
        updated_by: actor.userId,
        updated_at: at,
        approved_by: null,
        approved_at: null,
      })
      .execute()
    await writeAudit(conn, {
      at: now,
      userId: actor.userId,
      organisationId: actor.organisationId,
      action: audit.action,
      entity: 'scenario',
      entityId: id,
      toVersion: 1,
      summary: audit.summary,
      detail: { ...audit.detail },
    })
    return (await getVisibleScenario(conn, actor, id))!.scenario
  })
}

/** Notes that are empty say nothing: drop them rather than store blanks. */
function cleanRationale(rationale: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(rationale)
      .filter(([, note]) => note.trim() !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

type CurrentRow = ScenarioRow

/** What a change does to the current row; `null` when it changes nothing. */
interface Plan {
  patch?: Partial<Omit<ScenariosTable, 'id' | 'organisation_id' | 'version'>>
  /** Replaces the organisations it is shared with. */
  shares?: string[]
  remove?: boolean
  action: string
  summary: string
  detail?: object
}

/**
 * The one path for changing an existing scenario: in one transaction, read it (visible to the
 * actor), refuse if it is another organisation's, refuse a stale version with who changed it
 * and when, let `plan` decide (it may throw ScenarioLockedError), then write with
 * `where id = ? and version = ?` and audit. The write is the guard: on PostgreSQL the UPDATE (or
 * DELETE) locks the row and, if another save holds it, waits for that one and checks the version
 * again on the row it committed, so a save made from the same version elsewhere in between
 * changes nothing here and is a conflict. The row lock is thus held only from the write to the
 * commit (the write, the audit row, the commit), and no read waits for it. The answer is built
 * from the row the write returns and the one read, not read again. On PostgreSQL an autosave
 * from the row kept below is the write and its audit row in one statement (inOneStatement).
 */
async function changeScenario(
  db: Kysely<Database>,
  actor: Actor,
  target: { id: string; version: number },
  now: Date,
  plan: (current: CurrentRow) => Plan | null,
): Promise<SavedScenario | null> {
  const written = writtenRows(db)
  const kept = written.get(target.id)
  written.delete(target.id)
  // The row this process last wrote, if the change is made from that very version (an
  // autosave after an autosave): no need to read it again. Only if the change changes
  // something and is allowed, so a save of nothing new, or a refusal, is still decided on the
  // row in the database (which may have moved on: then it is a conflict, as before).
  const fromKept =
    kept !== undefined && kept.version === target.version && kept.org_id === actor.organisationId
      ? planOrNull(plan, kept)
      : null
  const audit = (current: CurrentRow, change: Plan): AuditRecord => ({
    at: now,
    userId: actor.userId,
    organisationId: actor.organisationId,
    action: change.action,
    entity: 'scenario',
    entityId: target.id,
    fromVersion: current.version,
    toVersion: change.remove ? null : current.version + 1,
    summary: change.summary,
    detail: { ...change.detail },
  })
  const where = { id: target.id, organisationId: actor.organisationId, version: target.version }
  const set = (change: Plan): ScenarioSet => ({
    ...change.patch,
    version: target.version + 1,
    updated_by: actor.userId,
    updated_at: now.toISOString(),
  })
  if (kept && fromKept && inOneStatement(db, kept, fromKept)) {
    const params = { where, set: set(fromKept), audit: auditRow(audit(kept, fromKept)) }
    // Retried as the transaction would be, should PostgreSQL end it for a deadlock.
    const updated = (await retried(() => updateWithAudit(db, params))).rows[0]
    if (!updated) throw await lostRace(db, target.id)
    const row = asWritten(kept, updated)
    keep(written, row)
    return toSavedScenario(row, actor, new Map())
  }
  const result = await rowLockedTransaction(db, async (conn) => {
    let current: ScenarioRow
    let change: Plan | null
    if (kept && fromKept) {
      current = kept
      change = fromKept
    } else {
      const read = await scenarioQuery(conn)
        .where('s.id', '=', target.id)
        .where((eb) => visibleTo(eb as unknown as Eb, actor.organisationId))
        .executeTakeFirst()
      if (!read) throw new ScenarioNotFoundError(target.id)
      if (read.org_id !== actor.organisationId) throw new ScenarioReadOnlyError(target.id)
      if (read.version !== target.version) throw conflictOf(read)
      current = read
      change = plan(current)
      if (change === null) return { row: null, saved: await answer(conn, actor, current) }
    }

    let changed: ScenarioRow | null = null
    if (change.remove) {
      const deleted = await conn
        .deleteFrom('scenarios')
        .where('id', '=', target.id)
        .where('organisation_id', '=', actor.organisationId)
        .where('version', '=', target.version)
        .executeTakeFirst()
      if (deleted.numDeletedRows !== 1n) throw await lostRace(conn, target.id)
    } else {
      const updated = await updateQuery(conn, where, set(change)).executeTakeFirst()
      if (!updated) throw await lostRace(conn, target.id)
      changed = asWritten(current, updated)
      if (change.shares) {
        await conn.deleteFrom('scenario_shares').where('scenario_id', '=', target.id).execute()
        if (change.shares.length > 0) {
          await conn
            .insertInto('scenario_shares')
            .values(
              change.shares.map((organisation_id) => ({ scenario_id: target.id, organisation_id })),
            )
            .execute()
        }
      }
    }
    await writeAudit(conn, audit(current, change))
    return { row: changed, saved: changed === null ? null : await answer(conn, actor, changed) }
  })
  // Kept only once committed: a version this process wrote, so no other row can have it.
  if (result.row) keep(written, result.row)
  return result.saved
}

function keep(written: Map<string, ScenarioRow>, row: ScenarioRow) {
  if (written.size >= MAX_WRITTEN) written.clear()
  written.set(row.id, row)
}

/**
 * On PostgreSQL a change from the kept row that only sets columns (no shares, not a delete),
 * and whose answer needs no shares read (not a 'shared' scenario), is one statement: the UPDATE
 * and its audit row in a data-modifying WITH, which PostgreSQL runs as one transaction with the
 * same row lock. Begin and commit were two of a save's five round trips, and each round trip is
 * server CPU (the query built, sent and its answer parsed). SQLite has no such WITH, and no
 * round trips to save.
 */
function inOneStatement(db: Kysely<Database>, kept: CurrentRow, change: Plan): boolean {
  return (
    dialectOf(db) === 'postgres' &&
    !change.remove &&
    change.shares === undefined &&
    change.patch?.visibility === undefined &&
    kept.visibility !== 'shared'
  )
}

/** A scenario's columns an UPDATE sets: the change's, and the new version with who and when. */
type ScenarioSet = NonNullable<Plan['patch']> &
  Pick<ScenariosTable, 'version' | 'updated_by' | 'updated_at'>

interface Where {
  id: string
  organisationId: string
  version: number
}

/**
 * The UPDATE and its audit row, which is inserted only if the UPDATE found the row at its
 * version. Built and compiled once per set of columns (db/reusable-query.ts).
 */
const updateWithAudit = reusableQuery(
  (db, p: { where: Where; set: ScenarioSet; audit: Insertable<AuditLogTable> }) => {
    const columns = Object.keys(p.audit) as (keyof typeof p.audit)[]
    return db
      .with('changed', (qc) => updateQuery(qc, p.where, p.set))
      .with('audit', (qc) =>
        qc
          .insertInto('audit_log')
          .columns(columns)
          .expression(
            qc.selectFrom('changed').select((eb) => columns.map((c) => eb.val(p.audit[c]).as(c))),
          ),
      )
      .selectFrom('changed')
      .selectAll()
  },
)

/** `update … where id, organisation and version … returning` the row as written. */
function updateQuery(qc: QueryCreator<Database>, where: Where, set: ScenarioSet) {
  return qc
    .updateTable('scenarios')
    .set(set)
    .where('id', '=', where.id)
    .where('organisation_id', '=', where.organisationId)
    .where('version', '=', where.version)
    .returning((eb) => [
      'id',
      'name',
      'status',
      'archived',
      'visibility',
      'version',
      'settings_json',
      'rationale_json',
      'data_version',
      'model_version',
      'created_at',
      'updated_at',
      'approved_at',
      // The names as they are now (a row kept from the last save may be older).
      userName(eb, 'created_by', 'created_by_name'),
      userName(eb, 'updated_by', 'updated_by_name'),
      organisationField(eb, 'name', 'org_name'),
      organisationField(eb, 'kind', 'org_kind'),
      organisationField(eb, 'area_code', 'org_area_code'),
      userName(eb, 'approved_by', 'approved_by_name'),
    ])
}

type ScenarioExpressions = ExpressionBuilder<Database, 'scenarios'>

/** The current name of the user a scenario column points at. */
function userName<A extends string>(
  eb: ScenarioExpressions,
  column: 'created_by' | 'updated_by' | 'approved_by',
  alias: A,
) {
  return eb
    .selectFrom('users')
    .select('users.name')
    .whereRef('users.id', '=', `scenarios.${column}`)
    .as(alias)
}

/** One field of the scenario's organisation, as it is now. */
function organisationField<C extends 'name' | 'kind' | 'area_code', A extends string>(
  eb: ScenarioExpressions,
  column: C,
  alias: A,
) {
  return eb
    .selectFrom('organisations')
    .select(`organisations.${column}` as `organisations.${C}`)
    .whereRef('organisations.id', '=', 'scenarios.organisation_id')
    .as(alias)
}

type Updated = NonNullable<Awaited<ReturnType<ReturnType<typeof updateQuery>['executeTakeFirst']>>>

/** The organisation's id never changes; the rest is the row as written. */
function asWritten(current: CurrentRow, updated: Updated): ScenarioRow {
  return {
    ...current,
    ...updated,
    created_by_name: updated.created_by_name ?? current.created_by_name,
    updated_by_name: updated.updated_by_name ?? '',
    org_name: updated.org_name ?? current.org_name,
    org_kind: updated.org_kind ?? current.org_kind,
    org_area_code: updated.org_area_code,
  }
}

function planOrNull(plan: (current: CurrentRow) => Plan | null, row: CurrentRow): Plan | null {
  try {
    return plan(row)
  } catch {
    return null
  }
}

/**
 * The row of each scenario this process last changed, as committed, by id. A change made from
 * exactly that version may start from it instead of reading it again: every change to a
 * scenario is a new version (only changeScenario writes one), so a row at a version is the same
 * row wherever it was read, and the UPDATE's `version = ?` still refuses it if another process
 * has saved since. Names shown with it are read again by that UPDATE.
 */
const writtenByDb = new WeakMap<Kysely<Database>, Map<string, ScenarioRow>>()
const MAX_WRITTEN = 10_000

function writtenRows(db: Kysely<Database>): Map<string, ScenarioRow> {
  let map = writtenByDb.get(db)
  if (!map) {
    map = new Map()
    writtenByDb.set(db, map)
  }
  return map
}

/** A scenario row as the actor sees it, with its shares when it has any (a 'shared' one). */
async function answer(
  conn: Kysely<Database>,
  actor: Actor,
  row: ScenarioRow,
): Promise<SavedScenario> {
  const own = row.org_id === actor.organisationId && row.visibility === 'shared'
  return toSavedScenario(row, actor, await sharesOf(conn, own ? [row.id] : []))
}

function conflictOf(current: ScenarioRow): ScenarioConflictError {
  return new ScenarioConflictError({
    id: current.id,
    currentVersion: current.version,
    status: oneOf(SCENARIO_STATUSES, current.status, 'scenario status'),
    updatedBy: current.updated_by_name,
    updatedAt: current.updated_at,
  })
}

/**
 * The write found the row no longer at the version read: another save (or delete) committed
 * in between. Read again, after it, to say who, or that it is gone.
 */
async function lostRace(conn: Kysely<Database>, id: string): Promise<Error> {
  const now = await scenarioQuery(conn).where('s.id', '=', id).executeTakeFirst()
  return now ? conflictOf(now) : new ScenarioNotFoundError(id)
}

const APPROVED_LOCKED =
  'This scenario is approved for the board, so it cannot be changed. Clone it to work on a copy.'

function refuseIfApproved(current: CurrentRow) {
  if (current.status === 'approved') throw new ScenarioLockedError(APPROVED_LOCKED)
}

export interface ScenarioEdit {
  name?: string
  settings?: ScenarioSettings
  rationale?: Record<string, string>
}

/** An autosave or an edit. Saving what is already there changes nothing (no new version). */
export async function saveScenario(
  db: Kysely<Database>,
  actor: Actor,
  target: { id: string; version: number },
  edit: ScenarioEdit,
  versions: Versions,
  now: Date,
): Promise<SavedScenario> {
  const saved = await changeScenario(db, actor, target, now, (current) => {
    refuseIfApproved(current)
    const patch: Plan['patch'] = {}
    const changed: string[] = []
    if (edit.name !== undefined && edit.name !== current.name) {
      patch.name = edit.name
      changed.push('name')
    }
    if (edit.settings !== undefined) {
      const before = JSON.parse(current.settings_json) as Record<string, unknown>
      const keys = changedKeys(before, edit.settings as Record<string, unknown>)
      if (keys.length > 0) {
        patch.settings_json = JSON.stringify(edit.settings)
        changed.push(...keys.map((k) => `settings.${k}`))
      }
    }
    if (edit.rationale !== undefined) {
      const next = JSON.stringify(cleanRationale(edit.rationale))
      if (next !== current.rationale_json) {
        patch.rationale_json = next
        changed.push('rationale')
      }
    }
    if (changed.length === 0) return null
    // A draft records the data and engine it was last saved under.
    patch.data_version = versions.dataVersion
    patch.model_version = versions.modelVersion
    return {
      patch,
      action: 'scenario.save',
      summary: `Changed ${changed.join(', ')}`,
      detail: { changed },
    }
  })
  return saved!
}

/** Top-level settings that differ, and assumptions one level down: 'budgetCap', 'assumptions.needRate'. */
export function changedKeys(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  const changed: string[] = []
  for (const key of keys) {
    const a = before[key]
    const b = after[key]
    if (JSON.stringify(a) === JSON.stringify(b)) continue
    const isRecord = (v: unknown): v is Record<string, unknown> =>
      typeof v === 'object' && v !== null && !Array.isArray(v)
    if (
      key === 'assumptions' &&
      (isRecord(a) || a === undefined) &&
      (isRecord(b) || b === undefined)
    ) {
      changed.push(...changedKeys(a ?? {}, b ?? {}).map((k) => `${key}.${k}`))
    } else {
      changed.push(key)
    }
  }
  return changed
}

export async function setScenarioArchived(
  db: Kysely<Database>,
  actor: Actor,
  target: { id: string; version: number },
  archived: boolean,
  now: Date,
): Promise<SavedScenario> {
  const saved = await changeScenario(db, actor, target, now, () => ({
    patch: { archived: archived ? 1 : 0 },
    action: archived ? 'scenario.archive' : 'scenario.unarchive',
    summary: archived ? 'Archived' : 'Restored from the archive',
  }))
  return saved!
}

/** Hard delete, audited. An approved scenario is a board record: only an admin may delete it. */
export async function deleteScenario(
  db: Kysely<Database>,
  actor: Actor,
  target: { id: string; version: number },
  now: Date,
): Promise<void> {
  await changeScenario(db, actor, target, now, (current) => {
    if (current.status === 'approved' && actor.role !== 'admin') {
      throw new ScenarioLockedError(
        'This scenario is approved for the board: only an admin can delete it. You can archive it instead.',
      )
    }
    return {
      remove: true,
      action: 'scenario.delete',
      summary: `Deleted '${current.name}'`,
      detail: { name: current.name, status: current.status },
    }
  })
}

/**
 * Freezes a draft: its result, the data version and the engine version are stored, and it can
 * no longer be edited. `settingsJson` is the settings the result was run from; if they are not
 * the current ones, someone saved in between and this is a conflict.
 */
export async function approveScenario(
  db: Kysely<Database>,
  actor: Actor,
  target: { id: string; version: number },
  frozen: { settingsJson: string; resultJson: string } & Versions,
  now: Date,
): Promise<SavedScenario> {
  const saved = await changeScenario(db, actor, target, now, (current) => {
    if (current.status === 'approved') {
      throw new ScenarioLockedError('This scenario is already approved for the board.')
    }
    if (current.settings_json !== frozen.settingsJson) {
      throw new ScenarioLockedError(
        'The scenario changed while it was being approved. Reload and try again.',
      )
    }
    return {
      patch: {
        status: 'approved',
        result_json: frozen.resultJson,
        data_version: frozen.dataVersion,
        model_version: frozen.modelVersion,
        approved_by: actor.userId,
        approved_at: now.toISOString(),
      },
      action: 'scenario.approve',
      summary: `Approved for the board (data ${frozen.dataVersion}, model ${frozen.modelVersion})`,
      detail: { dataVersion: frozen.dataVersion, modelVersion: frozen.modelVersion },
    }
  })
  return saved!
}

/** Who else may see it (read-only). Organisation ids must already be checked to exist. */
export async function shareScenario(
  db: Kysely<Database>,
  actor: Actor,
  target: { id: string; version: number },
  visibility: Visibility,
  organisationIds: string[],
  now: Date,
): Promise<SavedScenario> {
  const shares =
    visibility === 'shared' ? organisationIds.filter((o) => o !== actor.organisationId) : []
  const saved = await changeScenario(db, actor, target, now, () => ({
    patch: { visibility },
    shares: [...new Set(shares)].sort(),
    action: 'scenario.share',
    summary:
      visibility === 'published'
        ? 'Published to every organisation'
        : visibility === 'shared'
          ? `Shared with ${shares.length} organisation${shares.length === 1 ? '' : 's'}`
          : 'Visible to its own organisation only',
    detail: { visibility, organisationIds: shares },
  }))
  return saved!
}
