import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  checksum,
  createTestWorld,
  routerProcedures,
  SMALL_SCOPE,
  TEST_PASSWORD,
  type TestWorld,
} from '../../tests/helpers/test-users'
import { createApp } from '../app'

/*
 * Sessions, cookies and the CSRF guard over real HTTP (reliability note T10, T17): what a
 * browser, or a page on another site, would actually send.
 */

let world: TestWorld
let base = ''
let clock = Date.now()
const servers: { close(): void }[] = []

async function listen(app: ReturnType<typeof createApp>) {
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  world = await createTestWorld()
  base = await listen(
    createApp({
      db: world.db,
      store: world.store,
      now: () => new Date(clock),
      allowedOrigins: ['https://dashboard.example.nhs.uk'],
      log: () => undefined,
    }),
  )
})

afterAll(() => {
  for (const server of servers) server.close()
})

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })
}

async function login(email: string, password = TEST_PASSWORD) {
  const response = await post('auth.login', JSON.stringify({ email, password }), {
    origin: base,
  })
  const setCookie = response.headers.get('set-cookie') ?? ''
  return { response, setCookie, cookie: setCookie.split(';')[0]! }
}

async function me(cookie: string) {
  const response = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } })
  return ((await response.json()) as { result: { data: { email: string } | null } }).result.data
}

describe('the session cookie', () => {
  test('is HttpOnly, SameSite=Lax, Path=/, lasts at most 12 hours, and opens a session', async () => {
    const { response, setCookie, cookie } = await login(world.a.editor.email)
    expect(response.status).toBe(200)
    expect(setCookie).toMatch(/^c2030_session=[A-Za-z0-9_-]{43}; /)
    const attributes = setCookie.split('; ').slice(1)
    expect(attributes).toEqual(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=43200'])
    expect(await me(cookie)).toMatchObject({ email: world.a.editor.email })
    expect(await me('c2030_session=not-a-real-session-token-at-all')).toBeNull()
  })

  test('is Secure when COOKIE_SECURE is set (TLS ended at a proxy)', async () => {
    const secureBase = await listen(
      createApp({ db: world.db, store: world.store, cookieSecure: true, log: () => undefined }),
    )
    const response = await fetch(`${secureBase}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: world.a.viewer.email, password: TEST_PASSWORD }),
    })
    expect(response.headers.get('set-cookie')).toMatch(/; Secure$/)
  })

  test('a new sign-in replaces the session it came with', async () => {
    const first = await login(world.a.admin.email)
    const second = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: first.cookie },
      body: JSON.stringify({ email: world.a.admin.email, password: TEST_PASSWORD }),
    })
    const cookie = (second.headers.get('set-cookie') ?? '').split(';')[0]!
    expect(cookie).not.toBe(first.cookie)
    expect(await me(first.cookie)).toBeNull()
    expect(await me(cookie)).toMatchObject({ email: world.a.admin.email })
  })

  test('logout ends the session on the server: the old cookie no longer works', async () => {
    const { cookie } = await login(world.b.editor.email)
    const out = await post('auth.logout', '{}', { cookie })
    expect(out.status).toBe(200)
    expect(out.headers.get('set-cookie')).toMatch(/^c2030_session=; .*Max-Age=0/)
    expect(await me(cookie)).toBeNull()
    const replay = await post(
      'scenario.create',
      JSON.stringify({ name: 'x', settings: { scope: SMALL_SCOPE } }),
      { cookie },
    )
    expect(replay.status).toBe(401)
  })

  test('an idle session expires after 30 minutes and its cookie is cleared', async () => {
    const { cookie } = await login(world.c.editor.email)
    clock += 29 * 60_000
    expect(await me(cookie)).not.toBeNull()
    clock += 31 * 60_000
    const response = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } })
    expect(await response.json()).toMatchObject({ result: { data: null } })
    expect(response.headers.get('set-cookie')).toMatch(/^c2030_session=; /)
  })
})

describe('sign-in rate limit over HTTP', () => {
  test('after 10 failures from one address: 429 with Retry-After', async () => {
    // Its own database, which keeps the counts, so they do not block the other tests' sign-ins
    // from 127.0.0.1.
    const other = await createTestWorld()
    const own = await listen(createApp({ db: other.db, store: other.store, log: () => undefined }))
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${own}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `guess${i}@example.test`, password: 'wrong password' }),
      })
      statuses.push(response.status)
      retryAfter = response.headers.get('retry-after') ?? retryAfter
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429])
    expect(Number(retryAfter)).toBeGreaterThan(0)
  }, 30_000)
})

describe('CSRF defence on every mutation', () => {
  const mutations = routerProcedures()
    .filter((p) => p.type === 'mutation')
    .map((p) => p.path)

  const forged: [string, Record<string, string>, string, number][] = [
    ['JSON from another site', { origin: 'https://evil.example' }, '{}', 403],
    ['JSON from an opaque origin', { origin: 'null' }, '{}', 403],
    ['a text/plain form', { 'content-type': 'text/plain' }, '{}', 415],
    [
      'a urlencoded form',
      { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      'name=x',
      415,
    ],
    [
      'a multipart form',
      {
        'content-type': 'multipart/form-data; boundary=X',
        origin: 'https://evil.example',
      },
      '--X\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--X--\r\n',
      415,
    ],
    ['no content type', { 'content-type': '' }, '{}', 415],
  ]

  test('every mutation is refused when forged, with a valid session, and nothing is written', async () => {
    expect(mutations.length).toBeGreaterThanOrEqual(10)
    const { cookie } = await login(world.a.editor.email)
    const before = await checksum(world.db)
    for (const path of mutations) {
      for (const [what, headers, body, status] of forged) {
        const response = await post(path, body, { cookie, ...headers })
        expect([path, what, response.status]).toEqual([path, what, status])
      }
    }
    expect(await checksum(world.db)).toBe(before)
  })

  test('the same JSON from this site, from an allowed origin, or from a non-browser works', async () => {
    const { cookie } = await login(world.a.editor.email)
    for (const origin of [base, 'https://dashboard.example.nhs.uk', undefined]) {
      const response = await post(
        'scenario.create',
        JSON.stringify({ name: `From ${origin ?? 'curl'}`, settings: { scope: SMALL_SCOPE } }),
        { cookie, ...(origin && { origin }) },
      )
      expect(response.status).toBe(200)
    }
  })

  test('a body over 1 MB is refused with 413', async () => {
    const { cookie } = await login(world.a.editor.email)
    const before = await checksum(world.db)
    const response = await post(
      'scenario.create',
      JSON.stringify({ name: 'x'.repeat(1_100_000), settings: { scope: SMALL_SCOPE } }),
      { cookie },
    )
    expect(response.status).toBe(413)
    expect(await checksum(world.db)).toBe(before)
  })

  test('a stale save is 409 with the conflict details for the page', async () => {
    const { cookie } = await login(world.a.editor.email)
    const created = (await (
      await post(
        'scenario.create',
        JSON.stringify({ name: 'Conflict', settings: { scope: SMALL_SCOPE } }),
        { cookie },
      )
    ).json()) as { result: { data: { id: string } } }
    const id = created.result.data.id
    expect(
      (await post('scenario.save', JSON.stringify({ id, version: 1, name: 'A' }), { cookie }))
        .status,
    ).toBe(200)
    const stale = await post('scenario.save', JSON.stringify({ id, version: 1, name: 'B' }), {
      cookie,
    })
    expect(stale.status).toBe(409)
    expect(await stale.json()).toMatchObject({
      error: {
        message: expect.stringContaining('Reload to see their changes, or save yours as a copy.'),
        data: { code: 'CONFLICT', conflict: { id, currentVersion: 2, status: 'draft' } },
      },
    })
  })
})
