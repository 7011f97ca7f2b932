import type { Insertable, Kysely } from 'kysely'
import type { AuditEntry } from '../../shared/domain/saved-scenario'
import type { AuditLogTable, Database } from '../schema'

export type AuditEntity = 'scenario' | 'user' | 'session' | 'organisation' | 'data-version' | 'team'

export interface AuditRecord {
  at: Date
  /** Null for the command line and the first start. */
  userId: string | null
  organisationId: string | null
  action: string
  entity: AuditEntity
  entityId: string
  fromVersion?: number | null
  toVersion?: number | null
  /** Plain English, shown to admins: 'Changed name, settings.budgetCap'. Never a password or token. */
  summary: string
  detail?: Record<string, unknown>
}

/** Call with the transaction's connection, so the row commits or rolls back with the change. */
export async function writeAudit(conn: Kysely<Database>, record: AuditRecord): Promise<void> {
  await conn.insertInto('audit_log').values(auditRow(record)).execute()
}

/** The audit_log row of a record, for a statement that inserts it with its change. */
export function auditRow(record: AuditRecord): Insertable<AuditLogTable> {
  return {
    at: record.at.toISOString(),
    user_id: record.userId,
    organisation_id: record.organisationId,
    action: record.action,
    entity: record.entity,
    entity_id: record.entityId,
    from_version: record.fromVersion ?? null,
    to_version: record.toVersion ?? null,
    detail_json: JSON.stringify({ summary: record.summary, ...record.detail }),
  }
}

/** Newest first. `organisationId` null: every organisation (administrators of the national body). */
export async function listAudit(
  db: Kysely<Database>,
  options: { organisationId: string | null; limit: number; beforeId?: number },
): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([
      'a.id',
      'a.at',
      'u.email',
      'u.name as user_name',
      'o.name as organisation_name',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.from_version',
      'a.to_version',
      'a.detail_json',
    ])
    .orderBy('a.id', 'desc')
    .limit(options.limit)
  if (options.organisationId !== null) {
    query = query.where('a.organisation_id', '=', options.organisationId)
  }
  if (options.beforeId !== undefined) query = query.where('a.id', '<', options.beforeId)
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userEmail: r.email,
    userName: r.user_name,
    organisationName: r.organisation_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    fromVersion: r.from_version,
    toVersion: r.to_version,
    detail: summaryOf(r.detail_json),
  }))
}

function summaryOf(detailJson: string): string {
  const detail = JSON.parse(detailJson) as { summary?: unknown }
  return typeof detail.summary === 'string' ? detail.summary : ''
}
