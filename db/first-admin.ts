import type { Kysely } from 'kysely'
import { hashPassword, oneTimePassword } from './password-hash'
import { writeAudit } from './repositories/audit'
import { findOrganisationByName, insertOrganisation } from './repositories/organisations'
import { countUsers, insertUser } from './repositories/users'
import { writeTransaction } from './repositories/write-transaction'
import type { Database } from './schema'

export const ADMIN_ORGANISATION = 'Coverage 2030 administrators'
export const ADMIN_EMAIL = 'admin@coverage2030.local'

export interface FirstAdmin {
  email: string
  /** The generated one-time password to show once; null when ADMIN_INITIAL_PASSWORD was used. */
  oneTimePassword: string | null
}

/**
 * On a first start (no accounts at all) creates the national administrators' organisation and
 * its admin. With `initialPassword` (ADMIN_INITIAL_PASSWORD, for tests and CI) that password is
 * used as is; otherwise a random one-time password is returned, to be printed once, and must be
 * changed at the first sign-in. Returns null when accounts already exist.
 */
export async function ensureFirstAdmin(
  db: Kysely<Database>,
  options: { initialPassword?: string; now?: Date } = {},
): Promise<FirstAdmin | null> {
  if ((await countUsers(db)) > 0) return null
  const generated = options.initialPassword ? null : oneTimePassword()
  // Hash before the transaction: the write lock is held only for database work.
  const passwordHash = await hashPassword(options.initialPassword ?? generated!)
  const now = options.now ?? new Date()
  return writeTransaction(db, async (conn) => {
    if ((await countUsers(conn)) > 0) return null
    const org =
      (await findOrganisationByName(conn, ADMIN_ORGANISATION)) ??
      (await insertOrganisation(
        conn,
        { name: ADMIN_ORGANISATION, kind: 'national', areaCode: null },
        now,
      ))
    const userId = await insertUser(
      conn,
      {
        email: ADMIN_EMAIL,
        name: 'Administrator',
        organisationId: org.id,
        role: 'admin',
        passwordHash,
        mustChangePassword: generated !== null,
      },
      now,
    )
    await writeAudit(conn, {
      at: now,
      userId: null,
      organisationId: org.id,
      action: 'user.first-admin',
      entity: 'user',
      entityId: userId,
      summary: `First start: created the admin ${ADMIN_EMAIL}`,
    })
    return { email: ADMIN_EMAIL, oneTimePassword: generated }
  })
}
