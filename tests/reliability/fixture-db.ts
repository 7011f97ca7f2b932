/**
 * A database for tests that run the real server: migrated and seeded as on a first start,
 * with editors in two ICBs and a national administrator (who alone may import population data).
 * Accounts use the tests' cheap scrypt cost, so signing in does not dominate a round.
 */
import { prepareDatabase } from '../../db/prepare'
import { addOrganisation, addUser, TEST_PASSWORD } from '../helpers/test-users'

export interface Account {
  email: string
  password: string
}

export interface FixtureDb {
  /** DATABASE_URL: a SQLite file or a PostgreSQL schema. */
  databaseUrl: string
  editors: Account[]
  nationalAdmin: Account
  /** Codes of the ICBs in England, for scopes. */
  icbCodes: string[]
  /** Every local authority, for population files. */
  authorities: { code: string; name: string }[]
}

export async function createFixtureDb(databaseUrl: string, editorCount = 4): Promise<FixtureDb> {
  const db = await prepareDatabase(databaseUrl, { poolSize: 2 })
  try {
    const orgs = [
      await addOrganisation(db, 'Lancashire and South Cumbria ICB', 'icb', 'E54000048'),
      await addOrganisation(db, 'Greater Manchester ICB', 'icb'),
    ]
    const editors: Account[] = []
    for (let i = 0; i < editorCount; i++) {
      const email = `editor${i + 1}@reliability.test`
      await addUser(db, orgs[i % orgs.length]!, 'editor', { email, name: `Editor ${i + 1}` })
      editors.push({ email, password: TEST_PASSWORD })
    }
    const national = await addOrganisation(db, 'National programme', 'national')
    const adminEmail = 'admin@reliability.test'
    await addUser(db, national, 'admin', { email: adminEmail, name: 'National admin' })
    const icbCodes = (
      await db
        .selectFrom('health_bodies')
        .select('code')
        .where('type', '=', 'ICB')
        .orderBy('code')
        .execute()
    ).map((r) => r.code)
    const authorities = await db
      .selectFrom('local_authorities')
      .select(['code', 'name'])
      .orderBy('code')
      .execute()
    return {
      databaseUrl,
      editors,
      nationalAdmin: { email: adminEmail, password: TEST_PASSWORD },
      icbCodes,
      authorities,
    }
  } finally {
    await db.destroy()
  }
}
