import type { Kysely } from 'kysely'
import type { NationCode } from '../../shared/domain/geography'
import type { TeamStatus } from '../../shared/domain/model-data'
import type { Role } from '../../shared/domain/pay'
import type { Database } from '../schema'
import { writeAudit } from './audit'
import { noteModelChange } from './model-revision'
import { formatTime } from './scenarios'
import { writeTransaction } from './write-transaction'

/*
 * Changes to the teams register. Each one checks the team's version, writes the team, its areas
 * and staffing, and one audit row in a single write transaction, so a failing audit
 * insert leaves the register as it was. Who may make a change is decided by the router.
 */

/** Statuses a person may set; 'closed' is reached only through closeTeam, which records the date. */
export type EditableTeamStatus = Exclude<TeamStatus, 'closed'>

export interface TeamFields {
  name: string
  hostOrg: string
  /** Known to exist (checked by the caller against the geography). */
  laCodes: string[]
  /** The names of those authorities, for the register's "Areas served" text. */
  areasText: string
  nation: NationCode | null
  establishedYear: number | null
  status: EditableTeamStatus
  providesCapacity: boolean
  hubTeamId: string | null
  staffing: Role[] | null
  source: string
  ageRange: string
  /** Months 'YYYY-MM' the current funding runs; null where not known. */
  fundedFrom: string | null
  fundedTo: string | null
  /** Where the funding dates come from; '' to let the register say what is known. */
  fundingNote: string
}

export interface TeamActor {
  userId: string
  organisationId: string
}

export interface TeamConflictDetail {
  id: string
  currentVersion: number
  updatedBy: string
  updatedAt: string | null
}

export class TeamNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`There is no team ${id} in the register.`)
    this.name = 'TeamNotFoundError'
  }
}

/** The change was made from a version that is no longer the current one. */
export class TeamConflictError extends Error {
  constructor(readonly detail: TeamConflictDetail) {
    super(
      `This team was changed by ${detail.updatedBy}${detail.updatedAt ? ` at ${formatTime(detail.updatedAt)}` : ''} (version ${detail.currentVersion}). Reload to see their changes, then make yours again.`,
    )
    this.name = 'TeamConflictError'
  }
}

/** A closed team cannot be edited or closed again: its record is history. */
export class TeamClosedError extends Error {
  constructor(readonly id: string) {
    super('This team is closed, so its record can no longer be changed.')
    this.name = 'TeamClosedError'
  }
}

const STATUS_TEXT: Record<TeamStatus, string> = {
  operating: 'Operating',
  satellite: 'Satellite of a hub team',
  closed: 'Closed',
  related: 'Related service',
  unverified: 'Not verified',
}

function capacityReason(fields: Pick<TeamFields, 'providesCapacity' | 'status'>): string {
  return fields.providesCapacity
    ? 'Counted as providing capacity by the editor who recorded it in the register.'
    : `Not counted as providing capacity (status: ${STATUS_TEXT[fields.status].toLowerCase()}).`
}

/**
 * The funding columns for what an editor recorded: dates they give are stated [S], taken from
 * the source they cite; with no end date the model assumes the funding goes on [A].
 */
function fundingColumns(f: Pick<TeamFields, 'fundedFrom' | 'fundedTo' | 'fundingNote'>) {
  const dated = f.fundedTo !== null
  const note =
    f.fundingNote ||
    (dated
      ? `Funded to ${f.fundedTo}, as recorded in the register [S].`
      : 'No end to its funding is recorded, so the model assumes it continues [A].')
  return {
    funded_from: f.fundedFrom,
    funded_to: f.fundedTo,
    funding_mark: dated ? 'S' : 'A',
    funding_note: note,
  }
}

/** 'Family Links (Pendle)' → 'family-links-pendle', with '-2', '-3'… when taken. */
export async function uniqueTeamId(conn: Kysely<Database>, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'team'
  const taken = new Set(
    (
      await conn
        .selectFrom('teams')
        .select('id')
        .where((eb) => eb.or([eb('id', '=', base), eb('id', 'like', `${base}-%`)]))
        .execute()
    ).map((r) => r.id),
  )
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

async function writeAreasAndStaffing(
  conn: Kysely<Database>,
  id: string,
  fields: Pick<TeamFields, 'laCodes' | 'staffing'>,
): Promise<void> {
  await conn.deleteFrom('team_areas').where('team_id', '=', id).execute()
  await conn.deleteFrom('team_staffing').where('team_id', '=', id).execute()
  if (fields.laCodes.length) {
    await conn
      .insertInto('team_areas')
      .values([...new Set(fields.laCodes)].map((la_code) => ({ team_id: id, la_code })))
      .execute()
  }
  if (fields.staffing?.length) {
    await conn
      .insertInto('team_staffing')
      .values(
        fields.staffing.map((r, position) => ({
          team_id: id,
          position,
          title: r.title,
          band: r.band,
          wte: r.wte,
          clinical: r.clinical ? 1 : 0,
        })),
      )
      .execute()
  }
}

export async function createTeam(
  db: Kysely<Database>,
  actor: TeamActor,
  fields: TeamFields,
  now: Date,
): Promise<{ id: string; version: number }> {
  return writeTransaction(db, async (conn) => {
    const id = await uniqueTeamId(conn, fields.name)
    const { next } = await conn
      .selectFrom('teams')
      .select((eb) => eb(eb.fn.coalesce(eb.fn.max('position'), eb.lit(0)), '+', 1).as('next'))
      .executeTakeFirstOrThrow()
    await conn
      .insertInto('teams')
      .values({
        id,
        position: Number(next),
        name: fields.name,
        host_org: fields.hostOrg,
        nation_code: fields.nation,
        areas_text: fields.areasText,
        established_text: fields.establishedYear === null ? '' : String(fields.establishedYear),
        established_year: fields.establishedYear,
        closed_year: null,
        closed_date: null,
        status: fields.status,
        status_text: STATUS_TEXT[fields.status],
        age_range: fields.ageRange,
        source: fields.source,
        provides_capacity: fields.providesCapacity ? 1 : 0,
        capacity_reason: capacityReason(fields),
        teams_represented: 1,
        approximate: 0,
        approximation_note: null,
        hub_team_id: fields.hubTeamId,
        staffing_note: null,
        ...fundingColumns(fields),
        version: 1,
        updated_at: now.toISOString(),
        updated_by: actor.userId,
      })
      .execute()
    await writeAreasAndStaffing(conn, id, fields)
    await noteModelChange(conn)
    await writeAudit(conn, {
      at: now,
      userId: actor.userId,
      organisationId: actor.organisationId,
      action: 'team.create',
      entity: 'team',
      entityId: id,
      fromVersion: null,
      toVersion: 1,
      summary: `Added ${fields.name}, serving ${fields.areasText} (${STATUS_TEXT[fields.status].toLowerCase()})`,
      detail: { laCodes: fields.laCodes },
    })
    return { id, version: 1 }
  })
}

/** The row as it is now, refusing a missing, stale or closed team. */
async function current(conn: Kysely<Database>, id: string, version: number) {
  const row = await conn
    .selectFrom('teams as t')
    .leftJoin('users as u', 'u.id', 't.updated_by')
    .selectAll('t')
    .select('u.name as updated_by_name')
    .where('t.id', '=', id)
    .executeTakeFirst()
  if (!row) throw new TeamNotFoundError(id)
  if (row.version !== version) {
    throw new TeamConflictError({
      id,
      currentVersion: row.version,
      updatedBy: row.updated_by_name ?? 'someone else',
      updatedAt: row.updated_at,
    })
  }
  if (row.status === 'closed') throw new TeamClosedError(id)
  const laCodes = (
    await conn.selectFrom('team_areas').select('la_code').where('team_id', '=', id).execute()
  ).map((r) => r.la_code)
  return { row, laCodes }
}

/** A team's local authorities, or null when there is no such team (for permission checks). */
export async function teamLaCodes(db: Kysely<Database>, id: string): Promise<string[] | null> {
  const team = await db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst()
  if (!team) return null
  return (
    await db.selectFrom('team_areas').select('la_code').where('team_id', '=', id).execute()
  ).map((r) => r.la_code)
}

const FIELD_LABELS: Record<keyof TeamFields, string> = {
  name: 'name',
  hostOrg: 'host organisation',
  laCodes: 'areas served',
  areasText: 'areas served',
  nation: 'nation',
  establishedYear: 'year established',
  status: 'status',
  providesCapacity: 'whether it provides capacity',
  hubTeamId: 'hub team',
  staffing: 'staffing',
  source: 'source',
  ageRange: 'age range',
  fundedFrom: 'funding',
  fundedTo: 'funding',
  fundingNote: 'funding',
}

export async function updateTeam(
  db: Kysely<Database>,
  actor: TeamActor,
  target: { id: string; version: number },
  change: Partial<TeamFields>,
  now: Date,
): Promise<{ id: string; version: number }> {
  return writeTransaction(db, async (conn) => {
    const { row, laCodes } = await current(conn, target.id, target.version)
    const before: Partial<Record<keyof TeamFields, unknown>> = {
      name: row.name,
      hostOrg: row.host_org,
      laCodes: [...laCodes].sort(),
      establishedYear: row.established_year,
      status: row.status,
      providesCapacity: row.provides_capacity === 1,
      hubTeamId: row.hub_team_id,
      source: row.source,
      ageRange: row.age_range,
      fundedFrom: row.funded_from,
      fundedTo: row.funded_to,
      fundingNote: row.funding_note,
    }
    const changed = (Object.keys(change) as (keyof TeamFields)[]).filter((key) => {
      if (key === 'areasText' || key === 'nation') return false
      const next = key === 'laCodes' ? [...(change.laCodes ?? [])].sort() : change[key]
      return key === 'staffing' || JSON.stringify(before[key]) !== JSON.stringify(next)
    })
    const status = change.status ?? (row.status as EditableTeamStatus)
    const providesCapacity = change.providesCapacity ?? row.provides_capacity === 1
    const version = row.version + 1
    await conn
      .updateTable('teams')
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(change.hostOrg !== undefined && { host_org: change.hostOrg }),
        ...(change.laCodes !== undefined && {
          areas_text: change.areasText ?? row.areas_text,
          nation_code: change.nation ?? row.nation_code,
        }),
        ...(change.establishedYear !== undefined && {
          established_year: change.establishedYear,
          established_text: change.establishedYear === null ? '' : String(change.establishedYear),
        }),
        ...(change.status !== undefined && {
          status: change.status,
          status_text: STATUS_TEXT[change.status],
        }),
        provides_capacity: providesCapacity ? 1 : 0,
        ...((change.status !== undefined || change.providesCapacity !== undefined) && {
          capacity_reason: capacityReason({ status, providesCapacity }),
        }),
        ...(change.hubTeamId !== undefined && { hub_team_id: change.hubTeamId }),
        ...(change.source !== undefined && { source: change.source }),
        ...(change.ageRange !== undefined && { age_range: change.ageRange }),
        ...((change.fundedFrom !== undefined ||
          change.fundedTo !== undefined ||
          change.fundingNote !== undefined) &&
          fundingColumns({
            fundedFrom: change.fundedFrom !== undefined ? change.fundedFrom : row.funded_from,
            fundedTo: change.fundedTo !== undefined ? change.fundedTo : row.funded_to,
            fundingNote: change.fundingNote ?? '',
          })),
        version,
        updated_at: now.toISOString(),
        updated_by: actor.userId,
      })
      .where('id', '=', target.id)
      .execute()
    if (change.laCodes !== undefined || change.staffing !== undefined) {
      const staffing =
        change.staffing !== undefined
          ? change.staffing
          : (
              await conn
                .selectFrom('team_staffing')
                .selectAll()
                .where('team_id', '=', target.id)
                .orderBy('position')
                .execute()
            ).map((r) => ({ title: r.title, band: r.band, wte: r.wte, clinical: r.clinical === 1 }))
      await writeAreasAndStaffing(conn, target.id, {
        laCodes: change.laCodes ?? laCodes,
        staffing: staffing as Role[] | null,
      })
    }
    const labels = [...new Set(changed.map((key) => FIELD_LABELS[key]))]
    await noteModelChange(conn)
    await writeAudit(conn, {
      at: now,
      userId: actor.userId,
      organisationId: actor.organisationId,
      action: 'team.update',
      entity: 'team',
      entityId: target.id,
      fromVersion: row.version,
      toVersion: version,
      summary: labels.length
        ? `Changed ${labels.join(', ')} of ${change.name ?? row.name}`
        : `Saved ${row.name} with no changes`,
    })
    return { id: target.id, version }
  })
}

export async function closeTeam(
  db: Kysely<Database>,
  actor: TeamActor,
  target: { id: string; version: number },
  closing: { closedDate: string; reason: string },
  now: Date,
): Promise<{ id: string; version: number }> {
  return writeTransaction(db, async (conn) => {
    const { row } = await current(conn, target.id, target.version)
    const version = row.version + 1
    const closedYear = Number(closing.closedDate.slice(0, 4))
    await conn
      .updateTable('teams')
      .set({
        status: 'closed',
        status_text: `Closed on ${closing.closedDate}: ${closing.reason}`,
        provides_capacity: 0,
        capacity_reason: `Closed on ${closing.closedDate}.`,
        closed_date: closing.closedDate,
        closed_year: closedYear,
        version,
        updated_at: now.toISOString(),
        updated_by: actor.userId,
      })
      .where('id', '=', target.id)
      .execute()
    await noteModelChange(conn)
    await writeAudit(conn, {
      at: now,
      userId: actor.userId,
      organisationId: actor.organisationId,
      action: 'team.close',
      entity: 'team',
      entityId: target.id,
      fromVersion: row.version,
      toVersion: version,
      summary: `Closed ${row.name} on ${closing.closedDate}: ${closing.reason}`,
    })
    return { id: target.id, version }
  })
}
