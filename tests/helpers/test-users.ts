import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { hashPassword } from '../../db/password-hash'
import { insertOrganisation } from '../../db/repositories/organisations'
import { findUserById, insertUser } from '../../db/repositories/users'
import type { Database } from '../../db/schema'
import { createContext } from '../../server/context'
import { createModelStore, type ModelStore } from '../../server/model-store'
import { appRouter, createCaller } from '../../server/routers/_app'
import type {
  Organisation,
  OrganisationKind,
  Role,
  SessionUser,
} from '../../shared/domain/saved-scenario'
import { createTestDb } from './test-db'
import { testClock } from './test-clock'

/** Every test account's password. */
export const TEST_PASSWORD = 'correct-horse-battery-staple'

/** Cheap scrypt for tests (the hash records its cost, so verification still works). */
const TEST_COST = 2 ** 10
let testHash: Promise<string> | null = null

export async function addOrganisation(
  db: Kysely<Database>,
  name: string,
  kind: OrganisationKind = 'icb',
  areaCode: string | null = null,
): Promise<Organisation> {
  return insertOrganisation(db, { name, kind, areaCode }, new Date())
}

export async function addUser(
  db: Kysely<Database>,
  organisation: Organisation,
  role: Role,
  options: { email?: string; name?: string; mustChangePassword?: boolean; password?: string } = {},
): Promise<SessionUser> {
  const passwordHash = options.password
    ? await hashPassword(options.password, TEST_COST)
    : await (testHash ??= hashPassword(TEST_PASSWORD, TEST_COST))
  const slug = organisation.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const id = await insertUser(
    db,
    {
      email: options.email ?? `${role}@${slug}.test`,
      name: options.name ?? `${organisation.name} ${role}`,
      organisationId: organisation.id,
      role,
      passwordHash,
      mustChangePassword: options.mustChangePassword ?? false,
    },
    new Date(),
  )
  return (await findUserById(db, id))!.user
}

export interface OrgUsers {
  org: Organisation
  viewer: SessionUser
  editor: SessionUser
  admin: SessionUser
}

export async function addOrgWithUsers(
  db: Kysely<Database>,
  name: string,
  kind: OrganisationKind = 'icb',
): Promise<OrgUsers> {
  const org = await addOrganisation(db, name, kind)
  return {
    org,
    viewer: await addUser(db, org, 'viewer'),
    editor: await addUser(db, org, 'editor'),
    admin: await addUser(db, org, 'admin'),
  }
}

export type Caller = ReturnType<typeof createCaller>

export function callerAs(
  db: Kysely<Database>,
  store: ModelStore,
  user: SessionUser | null,
  now?: () => Date,
): Caller {
  return createCaller(createContext({ db, store, user, now }))
}

export interface TestWorld {
  db: Kysely<Database>
  store: ModelStore
  /** Two ICBs and a council, each with a viewer, an editor and an admin. */
  a: OrgUsers
  b: OrgUsers
  c: OrgUsers
  /** A national body, whose admins alone may change the data everyone uses. */
  national: OrgUsers
  as(user: SessionUser | null): Caller
}

/** A fresh seeded database with three organisations and their people. */
export async function createTestWorld(): Promise<TestWorld> {
  const db = await createTestDb()
  const store = await createModelStore(db, testClock)
  const a = await addOrgWithUsers(db, 'Lancashire and South Cumbria ICB')
  const b = await addOrgWithUsers(db, 'Greater Manchester ICB')
  const c = await addOrgWithUsers(db, 'Blackburn with Darwen Council', 'council')
  const national = await addOrgWithUsers(db, 'Parent-infant national programme', 'national')
  return { db, store, a, b, c, national, as: (user) => callerAs(db, store, user) }
}

/** SHA-256 of every row of the tables people change: equal before and after = nothing written. */
export async function checksum(db: Kysely<Database>): Promise<string> {
  const hash = createHash('sha256')
  for (const table of [
    'organisations',
    'users',
    'sessions',
    'scenarios',
    'scenario_shares',
    'audit_log',
    'data_versions',
    'data_imports',
    'data_versions',
    'data_imports',
    'teams',
    'team_areas',
    'team_staffing',
  ] as const) {
    const rows = await db.selectFrom(table).selectAll().execute()
    hash.update(`${table}:${JSON.stringify(rows)}\n`)
  }
  const population = await db
    .selectFrom('population')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  hash.update(`population:${population.n}`)
  return hash.digest('hex')
}

/** A small scope, so tests that run the engine stay fast: Blackburn with Darwen. */
export const SMALL_SCOPE = 'E06000008'

/**
 * Every procedure in the app's router, by dotted path, from the router itself (at run time
 * `_def.procedures` is flat: 'scenario.save' → procedure), so new ones are covered automatically.
 */
export function routerProcedures(): { path: string; type: string }[] {
  const flat = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>
  return Object.entries(flat).map(([path, procedure]) => ({ path, type: procedure._def.type }))
}
