import { sql } from 'kysely'
import { beforeAll, expect, test } from 'vitest'
import type { SavedScenario, SessionUser } from '../shared/domain/saved-scenario'
import { failInserts } from '../tests/helpers/db-state'
import { testStore } from '../tests/helpers/test-db'
import { createLoginRateLimiter } from './auth/rate-limit'
import { createContext } from './context'
import { createCaller } from './routers/_app'
import {
  createTestWorld,
  routerProcedures,
  SMALL_SCOPE,
  TEST_PASSWORD,
  type Caller,
  type TestWorld,
} from '../tests/helpers/test-users'

/*
 * The audit trail (reliability note T19): every successful mutation in the router writes one
 * audit row, in the same transaction, naming who, which organisation, what and the versions;
 * and the table refuses UPDATE and DELETE whatever the code does.
 */

let world: TestWorld

beforeAll(async () => {
  world = await createTestWorld()
})

interface Success {
  /** Who calls it: the editor of organisation A unless a user is given. */
  as?: (w: TestWorld) => SessionUser
  run: (caller: Caller, scenario: SavedScenario, w: TestWorld) => Promise<unknown>
  action: string
  entity: 'scenario' | 'session' | 'user' | 'data-version' | 'team'
  versions: [from: number | null, to: number | null]
}

const SUCCESSES: Record<string, Success> = {
  'data.importPopulation': {
    as: (w) => w.national.admin,
    run: (c) =>
      c.data.importPopulation({
        fileName: 'mid-2025.csv',
        source: 'ONS mid-2025 estimates',
        date: '2026-06-26',
        csv: 'area_code,mid_year,age_0,age_1\r\nE06000001,2025,1000,1100\r\n',
      }),
    action: 'data.import',
    entity: 'data-version',
    versions: [null, null],
  },
  'data.setCurrent': {
    as: (w) => w.national.admin,
    run: async (c) => {
      const [seed] = await c.data.versions()
      return c.data.setCurrent({ id: seed!.id })
    },
    action: 'data.set-current',
    entity: 'data-version',
    versions: [null, null],
  },
  'teams.create': {
    as: (w) => w.national.editor,
    run: (c) =>
      c.teams.create({
        name: 'Audited team',
        hostOrg: 'A trust',
        laCodes: ['E07000122'],
        status: 'operating',
        providesCapacity: true,
        source: 'A letter',
      }),
    action: 'team.create',
    entity: 'team',
    versions: [null, 1],
  },
  'teams.update': {
    as: (w) => w.national.admin,
    run: (c) => c.teams.update({ id: 'oxpip', version: 1, hostOrg: 'A new host' }),
    action: 'team.update',
    entity: 'team',
    versions: [1, 2],
  },
  'teams.close': {
    as: (w) => w.national.editor,
    run: (c) =>
      c.teams.close({ id: 'brightpip', version: 1, closedDate: '2026-11-01', reason: 'Funding' }),
    action: 'team.close',
    entity: 'team',
    versions: [1, 2],
  },
  'auth.login': {
    run: (c, _, w) => c.auth.login({ email: w.a.editor.email, password: TEST_PASSWORD }),
    action: 'auth.login',
    entity: 'session',
    versions: [null, null],
  },
  'auth.logout': {
    run: (c) => c.auth.logout(),
    action: 'auth.logout',
    entity: 'session',
    versions: [null, null],
  },
  'auth.changePassword': {
    as: (w) => w.c.editor,
    run: (c) => c.auth.changePassword({ current: TEST_PASSWORD, next: 'a brand new passphrase' }),
    action: 'auth.change-password',
    entity: 'user',
    versions: [null, null],
  },
  'scenario.create': {
    run: (c) => c.scenario.create({ name: 'Created', settings: { scope: SMALL_SCOPE } }),
    action: 'scenario.create',
    entity: 'scenario',
    versions: [null, 1],
  },
  'scenario.save': {
    run: (c, s) => c.scenario.save({ id: s.id, version: 1, name: 'Saved' }),
    action: 'scenario.save',
    entity: 'scenario',
    versions: [1, 2],
  },
  'scenario.clone': {
    run: (c, s) => c.scenario.clone({ id: s.id }),
    action: 'scenario.clone',
    entity: 'scenario',
    versions: [null, 1],
  },
  'scenario.archive': {
    run: (c, s) => c.scenario.archive({ id: s.id, version: 1, archived: true }),
    action: 'scenario.archive',
    entity: 'scenario',
    versions: [1, 2],
  },
  'scenario.delete': {
    run: (c, s) => c.scenario.delete({ id: s.id, version: 1 }),
    action: 'scenario.delete',
    entity: 'scenario',
    versions: [1, null],
  },
  'scenario.approve': {
    run: (c, s) => c.scenario.approve({ id: s.id, version: 1 }),
    action: 'scenario.approve',
    entity: 'scenario',
    versions: [1, 2],
  },
  'scenario.share': {
    run: (c, s) => c.scenario.share({ id: s.id, version: 1, visibility: 'published' }),
    action: 'scenario.share',
    entity: 'scenario',
    versions: [1, 2],
  },
}

/**
 * Mutations that do not audit yet, each with the reason. Listed, not hidden: the test below
 * fails if one of them starts auditing (move it to SUCCESSES) or a new mutation is not covered.
 */
const KNOWN_GAPS: Record<string, string> = {}

const mutations = routerProcedures()
  .filter((p) => p.type === 'mutation')
  .map((p) => p.path)

test('every mutation has a success case here, or is a listed gap', () => {
  expect(mutations.filter((m) => !(m in SUCCESSES) && !(m in KNOWN_GAPS))).toEqual([])
})

test.each(mutations.filter((m) => m in SUCCESSES))(
  '%s writes exactly one audit row when it succeeds',
  async (path) => {
    const success = SUCCESSES[path]!
    const user = success.as?.(world) ?? world.a.editor
    const scenario = await world
      .as(world.a.editor)
      .scenario.create({ name: `For ${path}`, settings: { scope: SMALL_SCOPE } })
    const caller = createCaller(
      createContext({
        db: world.db,
        store: world.store,
        user: path === 'auth.login' ? null : user,
        limiter: createLoginRateLimiter(world.db),
      }),
    )
    const before = await world.db.selectFrom('audit_log').select('id').execute()
    const started = new Date().toISOString()
    await success.run(caller, scenario, world)
    const added = await world.db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', 'not in', before.length ? before.map((r) => r.id) : [0])
      .execute()
    expect(added).toHaveLength(1)
    const [row] = added
    expect(row).toMatchObject({
      user_id: user.id,
      organisation_id: user.organisation.id,
      action: success.action,
      entity: success.entity,
      from_version: success.versions[0],
      to_version: success.versions[1],
    })
    expect(row!.at >= started).toBe(true)
    if (success.entity === 'scenario' && path !== 'scenario.create' && path !== 'scenario.clone') {
      expect(row!.entity_id).toBe(scenario.id)
    }
    // No secrets in the trail.
    expect(row!.detail_json).not.toMatch(/passphrase|correct-horse|token/i)
  },
)

test('a refused mutation writes no audit row', async () => {
  const viewer = world.as(world.a.viewer)
  const count = async () => (await world.db.selectFrom('audit_log').select('id').execute()).length
  const before = await count()
  await expect(
    viewer.scenario.create({ name: 'x', settings: { scope: SMALL_SCOPE } }),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' })
  expect(await count()).toBe(before)
})

test('the audit log cannot be updated or deleted, even by direct SQL', async () => {
  await world.as(world.a.editor).scenario.create({ name: 'x', settings: { scope: SMALL_SCOPE } })
  const rows = async () => world.db.selectFrom('audit_log').selectAll().orderBy('id').execute()
  const before = await rows()
  expect(before.length).toBeGreaterThan(0)
  await expect(
    sql`update audit_log set action = 'scenario.hidden'`.execute(world.db),
  ).rejects.toThrow(/append-only/)
  await expect(sql`delete from audit_log`.execute(world.db)).rejects.toThrow(/append-only/)
  // PostgreSQL's TRUNCATE skips row triggers, so it has one of its own.
  if (testStore() === 'postgres') {
    await expect(sql`truncate audit_log`.execute(world.db)).rejects.toThrow(/append-only/)
  }
  await expect(
    world.db.deleteFrom('audit_log').where('id', '=', before[0]!.id).execute(),
  ).rejects.toThrow(/append-only/)
  expect(await rows()).toEqual(before)
})

test('when the audit row cannot be written, the change is rolled back too', async () => {
  const count = async (table: 'audit_log' | 'scenarios') =>
    (
      await world.db
        .selectFrom(table)
        .select(sql`1`.as('x'))
        .execute()
    ).length
  const existing = await world
    .as(world.a.editor)
    .scenario.create({ name: 'Before the fault', settings: { scope: SMALL_SCOPE } })
  const before = [await count('audit_log'), await count('scenarios')]
  // A fault in the audit insert only, after the scenario row was written in the same transaction.
  const removeFault = await failInserts(world.db, 'audit_log')
  try {
    const editor = world.as(world.a.editor)
    for (const attempt of [
      () => editor.scenario.create({ name: 'x', settings: { scope: SMALL_SCOPE } }),
      () => editor.scenario.save({ id: existing.id, version: 1, name: 'Changed' }),
      () => editor.scenario.delete({ id: existing.id, version: 1 }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' })
    }
  } finally {
    await removeFault()
  }
  expect([await count('audit_log'), await count('scenarios')]).toEqual(before)
  const { scenario } = await world.as(world.a.editor).scenario.get({ id: existing.id })
  expect(scenario).toMatchObject({ name: 'Before the fault', version: 1 })
})
