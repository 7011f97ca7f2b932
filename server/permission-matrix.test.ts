import { TRPCError } from '@trpc/server'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  addUser,
  checksum,
  createTestWorld,
  routerProcedures,
  SMALL_SCOPE,
  type Caller,
  type TestWorld,
} from '../tests/helpers/test-users'
import type { SavedScenario } from '../shared/domain/saved-scenario'

/*
 * The permission matrix (reliability note T8, T9), built from the router's own list of
 * procedures: a procedure missing from ACCESS below fails the suite, so a new one cannot be
 * added without deciding who may call it, and a new mutation without an input to try it with.
 */

type QueryAccess = 'public' | 'signed-in' | 'admin'
/** 'public': anyone (sign-in itself). 'self': any signed-in person, about themselves only.
 *  'editor-create': editors and admins, into their own organisation.
 *  'editor-object': editors and admins of the object's own organisation.
 *  'national-admin': only admins of a national body, on data shared by all (imports).
 *  'editor-register': the teams register, shared by all: editors and admins of a national body,
 *  or of an ICB or council for teams in its area (the test world's organisations have none). */
type MutationAccess =
  'public' | 'self' | 'editor-create' | 'editor-object' | 'national-admin' | 'editor-register'

interface Fixture {
  scenario: SavedScenario
  otherOrganisationId: string
}

const QUERIES: Record<string, QueryAccess> = {
  'geography.tree': 'public',
  'geography.areas': 'public',
  'area.summary': 'public',
  'teams.list': 'public',
  'teams.counts': 'public',
  'teams.registerCounts': 'public',
  'assumptions.list': 'public',
  'assumptions.pay': 'public',
  'assumptions.model': 'public',
  'sources.list': 'public',
  'scenario.run': 'public',
  'scenario.leastCost': 'public',
  'scenario.ranges': 'public',
  'scenario.sensitivity': 'public',
  'scenario.nationalAsk': 'public',
  'scenario.explain': 'public',
  'costing.team': 'public',
  'data.versions': 'public',
  'auth.me': 'public',
  'scenario.list': 'signed-in',
  'scenario.get': 'signed-in',
  'scenario.compare': 'signed-in',
  'organisations.list': 'signed-in',
  'audit.list': 'admin',
}

const MUTATIONS: Record<string, { access: MutationAccess; input: (f: Fixture) => unknown }> = {
  'data.setCurrent': { access: 'national-admin', input: () => ({ id: 'no-such-version' }) },
  'data.importPopulation': {
    access: 'national-admin',
    input: () => ({
      fileName: 'population.csv',
      source: 'ONS mid-year estimates',
      date: '2025-06-26',
      csv: 'la_code,mid_year,age0,age1\nE06000008,2025,1500,1550\n',
    }),
  },
  'teams.create': {
    access: 'editor-register',
    input: () => ({
      name: 'Pendle team',
      hostOrg: 'A trust',
      laCodes: ['E07000122'],
      status: 'operating',
      providesCapacity: true,
      source: 'A letter',
    }),
  },
  'teams.update': {
    access: 'editor-register',
    input: () => ({ id: 'oxpip', version: 1, name: 'Renamed' }),
  },
  'teams.close': {
    access: 'editor-register',
    input: () => ({ id: 'oxpip', version: 1, closedDate: '2026-11-23', reason: 'A test' }),
  },
  'auth.login': {
    access: 'public',
    input: () => ({ email: 'nobody@example.test', password: 'not the password' }),
  },
  'auth.logout': { access: 'self', input: () => undefined },
  'auth.changePassword': {
    access: 'self',
    input: () => ({ current: 'not the password', next: 'a-new-long-password' }),
  },
  'scenario.create': {
    access: 'editor-create',
    input: () => ({ name: 'New plan', settings: { scope: SMALL_SCOPE } }),
  },
  'scenario.save': {
    access: 'editor-object',
    input: (f) => ({ id: f.scenario.id, version: f.scenario.version, name: 'Renamed' }),
  },
  'scenario.clone': { access: 'editor-object', input: (f) => ({ id: f.scenario.id }) },
  'scenario.archive': {
    access: 'editor-object',
    input: (f) => ({ id: f.scenario.id, version: f.scenario.version, archived: true }),
  },
  'scenario.delete': {
    access: 'editor-object',
    input: (f) => ({ id: f.scenario.id, version: f.scenario.version }),
  },
  'scenario.approve': {
    access: 'editor-object',
    input: (f) => ({ id: f.scenario.id, version: f.scenario.version }),
  },
  'scenario.share': {
    access: 'editor-object',
    input: (f) => ({
      id: f.scenario.id,
      version: f.scenario.version,
      visibility: 'shared',
      organisationIds: [f.otherOrganisationId],
    }),
  },
}

/** A well-formed id that is not this one (the last character changed, never to itself). */
function otherId(id: string): string {
  return id.slice(0, -1) + (id.endsWith('0') ? '1' : '0')
}

/** Queries that take an object id: another organisation's unshared id must be NOT_FOUND. */
const OBJECT_QUERIES: Record<string, (f: Fixture) => unknown> = {
  'scenario.get': (f) => ({ id: f.scenario.id }),
  'scenario.compare': (f) => ({ ids: [f.scenario.id, otherId(f.scenario.id)] }),
}

const procedures = routerProcedures()
const mutations = procedures.filter((p) => p.type === 'mutation').map((p) => p.path)
const queries = procedures.filter((p) => p.type === 'query').map((p) => p.path)

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller)
  return (fn as (input: unknown) => Promise<unknown>)(input)
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'OK'
  } catch (error) {
    if (error instanceof TRPCError) return error.code
    throw error
  }
}

let world: TestWorld
let fixture: Fixture

beforeAll(async () => {
  world = await createTestWorld()
  const scenario = await world
    .as(world.a.editor)
    .scenario.create({ name: 'Lancashire plan', settings: { scope: SMALL_SCOPE } })
  fixture = { scenario, otherOrganisationId: world.b.org.id }
})

test('the router has procedures of both kinds and nothing else (no subscriptions)', () => {
  expect(mutations.length).toBeGreaterThanOrEqual(10)
  expect(queries.length).toBeGreaterThanOrEqual(15)
  expect(procedures.filter((p) => p.type !== 'query' && p.type !== 'mutation')).toEqual([])
})

test('every procedure has an entry in the permission matrix', () => {
  const missing = [
    ...queries.filter((q) => !(q in QUERIES)),
    ...mutations.filter((m) => !(m in MUTATIONS)),
  ]
  expect(missing, `add these to the permission matrix: ${missing.join(', ')}`).toEqual([])
  // …and the matrix names nothing that is not in the router (or has the wrong kind).
  expect(Object.keys(QUERIES).filter((q) => !queries.includes(q))).toEqual([])
  expect(Object.keys(MUTATIONS).filter((m) => !mutations.includes(m))).toEqual([])
})

describe('anonymous callers', () => {
  test.each(mutations.filter((m) => MUTATIONS[m]?.access !== 'public'))(
    '%s is UNAUTHORIZED and writes nothing',
    async (path) => {
      const before = await checksum(world.db)
      expect(await codeOf(call(world.as(null), path, MUTATIONS[path]!.input(fixture)))).toBe(
        'UNAUTHORIZED',
      )
      expect(await checksum(world.db)).toBe(before)
    },
  )

  test.each(queries.filter((q) => QUERIES[q] !== 'public'))('%s is UNAUTHORIZED', async (path) => {
    const input = OBJECT_QUERIES[path]?.(fixture) ?? undefined
    expect(await codeOf(call(world.as(null), path, input))).toBe('UNAUTHORIZED')
  })
})

/** Inputs for the public queries that need one, to show they answer without a session. */
const PUBLIC_INPUTS: Record<string, unknown> = {
  'area.summary': { code: SMALL_SCOPE },
  'scenario.run': { scope: SMALL_SCOPE },
  'scenario.leastCost': { scope: SMALL_SCOPE },
  'scenario.ranges': { scope: SMALL_SCOPE, draws: 100 },
  'scenario.sensitivity': { scope: SMALL_SCOPE },
  'scenario.nationalAsk': { scope: 'E92000001' },
  'scenario.explain': { settings: { scope: SMALL_SCOPE }, figure: { measure: 'cost' } },
  'costing.team': { template: 'satellite', start: '2025-04', end: '2026-03' },
}

test.each(queries.filter((q) => QUERIES[q] === 'public'))(
  '%s answers without a session (the dashboard and outside checks use it)',
  async (path) => {
    expect(await codeOf(call(world.as(null), path, PUBLIC_INPUTS[path]))).toBe('OK')
  },
)

describe('viewers', () => {
  test.each(
    mutations.filter((m) => MUTATIONS[m]!.access !== 'public' && MUTATIONS[m]!.access !== 'self'),
  )('%s is FORBIDDEN for a viewer of the owning organisation and writes nothing', async (path) => {
    const before = await checksum(world.db)
    expect(
      await codeOf(call(world.as(world.a.viewer), path, MUTATIONS[path]!.input(fixture))),
    ).toBe('FORBIDDEN')
    expect(await checksum(world.db)).toBe(before)
  })

  test('a viewer can read their own organisation’s scenarios', async () => {
    const viewer = world.as(world.a.viewer)
    const list = await viewer.scenario.list()
    expect(list.map((s) => s.id)).toContain(fixture.scenario.id)
    expect(list.find((s) => s.id === fixture.scenario.id)?.canEdit).toBe(false)
    const { scenario } = await viewer.scenario.get({ id: fixture.scenario.id })
    expect(scenario.canEdit).toBe(false)
  })

  test.each(queries.filter((q) => QUERIES[q] === 'admin'))(
    '%s is FORBIDDEN for viewers and editors',
    async (path) => {
      expect(await codeOf(call(world.as(world.a.viewer), path, undefined))).toBe('FORBIDDEN')
      expect(await codeOf(call(world.as(world.a.editor), path, undefined))).toBe('FORBIDDEN')
    },
  )
})

describe('data shared by every organisation', () => {
  test.each(mutations.filter((m) => MUTATIONS[m]!.access === 'national-admin'))(
    '%s is FORBIDDEN for editors and admins of an ICB or council and for national editors',
    async (path) => {
      const before = await checksum(world.db)
      for (const user of [world.a.editor, world.a.admin, world.c.admin, world.national.editor]) {
        expect(await codeOf(call(world.as(user), path, MUTATIONS[path]!.input(fixture)))).toBe(
          'FORBIDDEN',
        )
      }
      expect(await checksum(world.db)).toBe(before)
    },
  )
})

describe('the teams register, shared by every organisation', () => {
  test.each(mutations.filter((m) => MUTATIONS[m]!.access === 'editor-register'))(
    '%s is FORBIDDEN for editors and admins of an organisation without that area, and writes nothing',
    async (path) => {
      const before = await checksum(world.db)
      for (const user of [world.a.editor, world.a.admin, world.b.editor, world.c.admin]) {
        expect(await codeOf(call(world.as(user), path, MUTATIONS[path]!.input(fixture)))).toBe(
          'FORBIDDEN',
        )
      }
      expect(await checksum(world.db)).toBe(before)
    },
  )

  test('a national editor may add a team (team-register.test.ts covers the rest)', async () => {
    const input = MUTATIONS['teams.create']!.input(fixture)
    expect(await codeOf(call(world.as(world.national.editor), 'teams.create', input))).toBe('OK')
  })
})

describe('another organisation', () => {
  test.each(mutations.filter((m) => MUTATIONS[m]!.access === 'editor-object'))(
    '%s on an unshared scenario is NOT_FOUND for its editor and admin, and writes nothing',
    async (path) => {
      const before = await checksum(world.db)
      for (const user of [world.b.editor, world.b.admin, world.c.editor]) {
        expect(await codeOf(call(world.as(user), path, MUTATIONS[path]!.input(fixture)))).toBe(
          'NOT_FOUND',
        )
      }
      expect(await checksum(world.db)).toBe(before)
    },
  )

  test.each(Object.keys(OBJECT_QUERIES))(
    '%s of an unshared scenario is NOT_FOUND',
    async (path) => {
      expect(
        await codeOf(call(world.as(world.b.editor), path, OBJECT_QUERIES[path]!(fixture))),
      ).toBe('NOT_FOUND')
    },
  )

  test('lists hold none of another organisation’s unshared scenarios', async () => {
    for (const archived of [false, true]) {
      const list = await world.as(world.b.admin).scenario.list({ archived })
      expect(list.filter((s) => s.organisation.id !== world.b.org.id)).toEqual([])
    }
  })

  test('scenario.create by another organisation’s editor lands in their own organisation', async () => {
    const created = await world
      .as(world.b.editor)
      .scenario.create({ name: 'Manchester plan', settings: { scope: 'E54000057' } })
    expect(created.organisation.id).toBe(world.b.org.id)
    await world.as(world.b.editor).scenario.delete({ id: created.id, version: created.version })
  })

  test('a published scenario is readable by other organisations but every change is FORBIDDEN', async () => {
    const editorA = world.as(world.a.editor)
    const published = await editorA.scenario.create({
      name: 'Published plan',
      settings: { scope: SMALL_SCOPE },
    })
    const shared = await editorA.scenario.share({
      id: published.id,
      version: published.version,
      visibility: 'published',
    })
    const f = { ...fixture, scenario: shared }
    const before = await checksum(world.db)
    for (const path of mutations.filter((m) => MUTATIONS[m]!.access === 'editor-object')) {
      if (path === 'scenario.clone') continue
      expect([
        path,
        await codeOf(call(world.as(world.b.editor), path, MUTATIONS[path]!.input(f))),
      ]).toEqual([path, 'FORBIDDEN'])
    }
    expect(await checksum(world.db)).toBe(before)
    const seen = await world.as(world.c.viewer).scenario.get({ id: shared.id })
    expect(seen.scenario).toMatchObject({ id: shared.id, canEdit: false, sharedWith: [] })
    // Cloning is how another organisation builds on it: the copy is theirs.
    const copy = await world.as(world.b.editor).scenario.clone({ id: shared.id })
    expect(copy).toMatchObject({
      organisation: { id: world.b.org.id },
      status: 'draft',
      version: 1,
    })
  })

  test('a scenario shared with one organisation is visible to it only', async () => {
    const editorA = world.as(world.a.editor)
    const draft = await editorA.scenario.create({
      name: 'Shared plan',
      settings: { scope: SMALL_SCOPE },
    })
    const shared = await editorA.scenario.share({
      id: draft.id,
      version: draft.version,
      visibility: 'shared',
      organisationIds: [world.b.org.id],
    })
    expect(shared.sharedWith.map((o) => o.id)).toEqual([world.b.org.id])
    expect((await world.as(world.b.viewer).scenario.list()).map((s) => s.id)).toContain(draft.id)
    expect(await codeOf(world.as(world.c.editor).scenario.get({ id: draft.id }))).toBe('NOT_FOUND')
    // Back to its own organisation: the share is gone.
    await editorA.scenario.share({
      id: draft.id,
      version: shared.version,
      visibility: 'organisation',
    })
    expect(await codeOf(world.as(world.b.viewer).scenario.get({ id: draft.id }))).toBe('NOT_FOUND')
  })
})

describe('one-time passwords', () => {
  test('until it is changed, every change but changePassword and logout is FORBIDDEN', async () => {
    const fresh = await addUser(world.db, world.a.org, 'editor', {
      email: 'new-editor@lsc.test',
      mustChangePassword: true,
    })
    const before = await checksum(world.db)
    for (const path of mutations.filter((m) => MUTATIONS[m]!.access.startsWith('editor'))) {
      expect([
        path,
        await codeOf(call(world.as(fresh), path, MUTATIONS[path]!.input(fixture))),
      ]).toEqual([path, 'FORBIDDEN'])
    }
    expect(await checksum(world.db)).toBe(before)
  })
})
