import type { Kysely } from 'kysely'
import { ROLES, type Role, type SessionUser } from '../../shared/domain/saved-scenario'
import { reusableQuery } from '../reusable-query'
import type { Database } from '../schema'
import { writeAudit } from './audit'
import { bool, oneOf } from './guards'
import { randomId } from './ids'
import { toOrganisation } from './organisations'

export const normaliseEmail = (email: string) => email.normalize('NFC').trim().toLowerCase()

export interface UserRecord {
  user: SessionUser
  passwordHash: string
  disabled: boolean
  createdAt: string
}

function userQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.password_hash',
      'u.must_change_password',
      'u.disabled',
      'u.created_at',
      'o.id as org_id',
      'o.name as org_name',
      'o.kind as org_kind',
      'o.area_code as org_area_code',
    ])
}

type UserRow = Awaited<ReturnType<ReturnType<typeof userQuery>['executeTakeFirstOrThrow']>>

function toRecord(row: UserRow): UserRecord {
  return {
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: oneOf(ROLES, row.role, 'role'),
      organisation: toOrganisation({
        id: row.org_id,
        name: row.org_name,
        kind: row.org_kind,
        area_code: row.org_area_code,
      }),
      mustChangePassword: bool(row.must_change_password),
    },
    passwordHash: row.password_hash,
    disabled: bool(row.disabled),
    createdAt: row.created_at,
  }
}

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserRecord | null> {
  const row = await userQuery(db).where('u.email', '=', normaliseEmail(email)).executeTakeFirst()
  return row ? toRecord(row) : null
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRecord | null> {
  const row = await userQuery(db).where('u.id', '=', id).executeTakeFirst()
  return row ? toRecord(row) : null
}

/**
 * A session's user and the session's times, in one query: every signed-in request asks. With
 * them, the model's revision (model-revision.ts), so the same round trip also tells the server
 * whether another process changed the data the model reads; null when there is no such session.
 */
/** Built and compiled once (db/reusable-query.ts): every signed-in request sends it. */
const sessionUserQuery = reusableQuery((db, p: { sessionId: string }) =>
  userQuery(db)
    .innerJoin('sessions as s', 's.user_id', 'u.id')
    .select(['s.last_seen_at', 's.expires_at'])
    .select((eb) =>
      eb
        .selectFrom('model_revision as mr')
        .select('mr.revision')
        .where('mr.id', '=', 1)
        .as('model_revision'),
    )
    .where('s.id', '=', p.sessionId),
)

export async function findSessionUser(
  db: Kysely<Database>,
  sessionId: string,
): Promise<{
  record: UserRecord
  lastSeenAt: string
  expiresAt: string
  modelRevision: number | null
} | null> {
  const row = (await sessionUserQuery(db, { sessionId })).rows[0]
  return row
    ? {
        record: toRecord(row),
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
        modelRevision: row.model_revision,
      }
    : null
}

export async function listUsers(db: Kysely<Database>): Promise<UserRecord[]> {
  const rows = await userQuery(db).orderBy('o.name').orderBy('u.email').execute()
  return rows.map(toRecord)
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export interface NewUser {
  email: string
  name: string
  organisationId: string
  role: Role
  passwordHash: string
  mustChangePassword: boolean
}

/** Inside the caller's transaction. Returns the new user's id. */
export async function insertUser(
  conn: Kysely<Database>,
  user: NewUser,
  now: Date,
): Promise<string> {
  const id = randomId()
  await conn
    .insertInto('users')
    .values({
      id,
      email: normaliseEmail(user.email),
      name: user.name.trim(),
      organisation_id: user.organisationId,
      role: user.role,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword ? 1 : 0,
      disabled: 0,
      created_at: now.toISOString(),
    })
    .execute()
  return id
}

export interface UserChange {
  role?: Role
  disabled?: boolean
  passwordHash?: string
  mustChangePassword?: boolean
}

/**
 * Changes a user and audits it in the caller's transaction. Disabling or resetting the password
 * ends every session of theirs (but `keepSessionId`, the session changing its own password).
 */
export async function updateUser(
  conn: Kysely<Database>,
  target: { id: string; organisationId: string },
  change: UserChange,
  audit: { at: Date; userId: string | null; action: string; summary: string },
  keepSessionId?: string,
): Promise<void> {
  await conn
    .updateTable('users')
    .set({
      ...(change.role !== undefined && { role: change.role }),
      ...(change.disabled !== undefined && { disabled: change.disabled ? 1 : 0 }),
      ...(change.passwordHash !== undefined && { password_hash: change.passwordHash }),
      ...(change.mustChangePassword !== undefined && {
        must_change_password: change.mustChangePassword ? 1 : 0,
      }),
    })
    .where('id', '=', target.id)
    .execute()
  if (change.disabled === true || change.passwordHash !== undefined) {
    let del = conn.deleteFrom('sessions').where('user_id', '=', target.id)
    if (keepSessionId) del = del.where('id', '<>', keepSessionId)
    await del.execute()
  }
  await writeAudit(conn, {
    at: audit.at,
    userId: audit.userId,
    organisationId: target.organisationId,
    action: audit.action,
    entity: 'user',
    entityId: target.id,
    summary: audit.summary,
  })
}
