import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseDatabaseUrl } from '../../db/database-url'
import { openDatabase } from '../../db/dialect'
import { migrations } from '../../db/migrations/index'
import { testStore } from '../helpers/test-db'
import { createFixtureDb, type FixtureDb } from './fixture-db'
import { mutate, query, signIn } from './http-api'
import { scratchDatabase, type ScratchDatabase } from './scratch-database'
import { serverBundle } from './server-bundle'
import { launchServer, type ServerChild } from './server-child'

/*
 * Issue 14: two server processes on one database, on different ports, as behind a load
 * balancer. Nothing that must hold across requests is kept in one process: sessions, the
 * sign-in limit, conflicts between saves and the data the model reads all live in the
 * database. PostgreSQL only (vitest.config.ts): the embedded SQLite file is for one process.
 */

describe('two server processes on one database', () => {
  let dir = ''
  let database: ScratchDatabase
  let fixture: FixtureDb
  let one: ServerChild
  let two: ServerChild

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coverage2030-two-'))
    database = await scratchDatabase(testStore(), dir)
    const entry = await serverBundle(dir)
    // Both start at once on an empty database: one of them migrates and seeds it.
    ;[one, two] = await Promise.all([
      launchServer({ databaseUrl: database.url, entry }),
      launchServer({ databaseUrl: database.url, entry }),
    ])
    fixture = await createFixtureDb(database.url, 2)
  }, 60_000)

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()])
    await database?.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  test('started together on an empty database, it was migrated and seeded once', async () => {
    const db = await openDatabase(parseDatabaseUrl(database.url), { poolSize: 2 })
    try {
      const count = async (table: 'data_versions' | 'kysely_migration' | 'organisations') =>
        (
          await db
            .selectFrom(table as 'data_versions')
            .select('id')
            .execute()
        ).length
      expect(await count('data_versions')).toBe(1)
      const applied = await db
        .selectFrom('kysely_migration' as 'data_versions')
        .select('name' as 'id')
        .execute()
      expect(applied).toHaveLength(Object.keys(migrations).length)
      // The first-start administrators, once, beside the fixture's three organisations.
      expect(await count('organisations')).toBe(4)
    } finally {
      await db.destroy()
    }
  })

  test('signed in on one, acting on the other; signed out on the other, out on both', async () => {
    const cookie = await signIn(one.url, fixture.editors[0]!)
    const me = async (server: ServerChild) =>
      (await query<{ email: string } | null>(server.url, 'auth.me', undefined, cookie)).data
    expect(await me(two)).toMatchObject({ email: fixture.editors[0]!.email })
    const created = await mutate<{ id: string }>(
      two.url,
      'scenario.create',
      { name: 'Made on two', settings: { scope: 'E54000048' } },
      cookie,
    )
    expect(created.status).toBe(200)
    const listed = await query<{ id: string }[]>(one.url, 'scenario.list', undefined, cookie)
    expect(listed.data?.map((s) => s.id)).toContain(created.data!.id)
    expect((await mutate(two.url, 'auth.logout', {}, cookie)).status).toBe(200)
    expect(await me(one)).toBeNull()
    expect(await me(two)).toBeNull()
  })

  test('a sign-out on one ends the session on the other at its very next request', async () => {
    // Nothing about a session is kept in a process on PostgreSQL (the session is read with the
    // model's revision, one query per request), so there is no window in which the other
    // process still accepts it, even straight after it used the session itself.
    for (let round = 0; round < 5; round++) {
      const [signedIn, other] = round % 2 === 0 ? [one, two] : [two, one]
      const cookie = await signIn(signedIn.url, fixture.editors[0]!)
      const { data } = await mutate<{ id: string }>(
        other.url,
        'scenario.create',
        { name: `Signed out ${round}`, settings: { scope: 'E54000048' } },
        cookie,
      )
      expect((await query(other.url, 'scenario.list', undefined, cookie)).status).toBe(200)
      expect((await mutate(signedIn.url, 'auth.logout', {}, cookie)).status).toBe(200)
      expect(
        (await query(other.url, 'scenario.list', undefined, cookie)).status,
        `round ${round}`,
      ).toBe(401)
      const save = await mutate(
        other.url,
        'scenario.save',
        { id: data!.id, version: 1, name: 'Too late' },
        cookie,
      )
      expect(save.status, `round ${round}`).toBe(401)
    }
  })

  test('the same scenario saved from both at once: each time one wins, the other conflicts', async () => {
    const cookie = await signIn(two.url, fixture.editors[1]!)
    for (let round = 0; round < 20; round++) {
      const { data } = await mutate<{ id: string }>(
        one.url,
        'scenario.create',
        { name: `Race ${round}`, settings: { scope: 'E54000048' } },
        cookie,
      )
      const saves = await Promise.all(
        [one, two].map((server, i) =>
          mutate<{ version: number }>(
            server.url,
            'scenario.save',
            {
              id: data!.id,
              version: 1,
              name: `Race ${round}, saved on ${i === 0 ? 'one' : 'two'}`,
            },
            cookie,
          ),
        ),
      )
      expect(saves.map((s) => s.status).sort(), `round ${round}`).toEqual([200, 409])
      const lost = saves.find((s) => s.status === 409)!
      expect(lost.message).toMatch(/was changed by .* \(version 2\)/)
      const { data: after } = await query<{ scenario: { version: number; name: string } }>(
        two.url,
        'scenario.get',
        { id: data!.id },
        cookie,
      )
      expect(after?.scenario.version).toBe(2)
    }
  })

  test('an import on one is the data on the other at once, its cached answers dropped', async () => {
    const summary = async (server: ServerChild) =>
      (
        await query<{ latest: { midYear: number; under2: number } }>(server.url, 'area.summary', {
          code: 'E06000001',
        })
      ).data!.latest
    const before = await summary(two)
    expect(await summary(two)).toEqual(before) // now in two's cache
    expect(before.midYear).toBe(2024)
    const admin = await signIn(two.url, fixture.nationalAdmin)
    const imported = await mutate<{ status: string }>(
      one.url,
      'data.importPopulation',
      {
        csv: 'area_code,mid_year,age_0,age_1\r\nE06000001,2025,1000,1100\r\n',
        fileName: 'mid-2025.csv',
        source: 'ONS mid-2025 estimates',
        date: '2026-06-26',
      },
      admin,
    )
    expect(imported.data?.status).toBe('imported')
    expect(await summary(two)).toEqual({ midYear: 2025, under2: 2100, age0: 1000, age1: 1100 })
  })

  test('ten failed sign-ins spread over both processes: the next is refused on either', async () => {
    const guess = (server: ServerChild) =>
      fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ email: fixture.editors[0]!.email, password: 'not the password' }),
      }).then((r) => r.status)
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push(await guess(i % 2 === 0 ? one : two))
    expect(statuses).toEqual(Array(10).fill(401))
    expect([await guess(one), await guess(two)]).toEqual([429, 429])
  }, 30_000)
})
