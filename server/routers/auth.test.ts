import { beforeEach, describe, expect, test } from 'vitest'
import { hashPassword, verifyPassword } from '../../db/password-hash'
import {
  ABSOLUTE_TIMEOUT_MS,
  findSession,
  IDLE_TIMEOUT_MS,
  insertSession,
} from '../../db/repositories/sessions'
import {
  addUser,
  callerAs,
  createTestWorld,
  TEST_PASSWORD,
  type TestWorld,
} from '../../tests/helpers/test-users'
import { createLoginRateLimiter } from '../auth/rate-limit'
import { createContext, type HttpContext } from '../context'
import { createCaller } from './_app'

let world: TestWorld

beforeEach(async () => {
  world = await createTestWorld()
})

/** A caller as if over HTTP from `ip`, recording the cookies and headers it would set. */
function httpCaller(ip: string, limiter = createLoginRateLimiter(world.db)) {
  const sent = { cookies: [] as string[], headers: {} as Record<string, string> }
  const http: HttpContext = {
    ip,
    sessionId: null,
    setSessionCookie: (token) => sent.cookies.push(token),
    clearSessionCookie: () => sent.cookies.push(''),
    setHeader: (name, value) => (sent.headers[name] = value),
  }
  const caller = createCaller(createContext({ db: world.db, store: world.store, limiter, http }))
  return { caller, sent }
}

describe('auth.login', () => {
  test('signs in with the right password (email in any case) and starts a session', async () => {
    const { caller, sent } = httpCaller('10.0.0.1')
    const user = await caller.auth.login({
      email: `  ${world.a.editor.email.toUpperCase()} `,
      password: TEST_PASSWORD,
    })
    expect(user).toEqual(world.a.editor)
    expect(sent.cookies).toHaveLength(1)
    const session = await findSession(world.db, sent.cookies[0]!, new Date())
    expect(session?.user.id).toBe(world.a.editor.id)
    // Only the token's hash is stored.
    const rows = await world.db.selectFrom('sessions').selectAll().execute()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(sent.cookies[0]!)
  })

  test.each([
    ['a wrong password', (w: TestWorld) => w.a.editor.email, 'wrong password entirely'],
    ['an unknown email', () => 'nobody@nowhere.test', TEST_PASSWORD],
  ])('refuses %s with the same message', async (_, email, password) => {
    const { caller, sent } = httpCaller('10.0.0.2')
    await expect(caller.auth.login({ email: email(world), password })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'That email and password do not match an account that can sign in.',
    })
    expect(sent.cookies).toEqual([])
  })

  test('a disabled account cannot sign in', async () => {
    await world.db
      .updateTable('users')
      .set({ disabled: 1 })
      .where('id', '=', world.a.editor.id)
      .execute()
    const { caller } = httpCaller('10.0.0.3')
    await expect(
      caller.auth.login({ email: world.a.editor.email, password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })

  test('50 wrong passwords for one account: at most 10 are checked, the rest are 429 with a retry time', async () => {
    const limiter = createLoginRateLimiter(world.db)
    const codes: string[] = []
    let retryAfter = ''
    for (let i = 0; i < 50; i++) {
      // A different address each time: the per-account limit must hold on its own.
      const { caller, sent } = httpCaller(`10.1.0.${i}`, limiter)
      await caller.auth
        .login({ email: world.a.editor.email, password: `guess number ${i}` })
        .catch((e: { code: string }) => codes.push(e.code))
      retryAfter = sent.headers['Retry-After'] ?? retryAfter
    }
    expect(codes.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(10)
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(40)
    expect(Number(retryAfter)).toBeGreaterThan(800)
    expect(Number(retryAfter)).toBeLessThanOrEqual(900)
    // Even the right password waits: otherwise guessing could go on.
    const { caller } = httpCaller('10.2.0.1', limiter)
    await expect(
      caller.auth.login({ email: world.a.editor.email, password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', message: /Try again in 15 minutes/ })
    // Other accounts from other addresses are unaffected.
    const other = httpCaller('10.3.0.1', limiter).caller
    await expect(
      other.auth.login({ email: world.b.editor.email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ id: world.b.editor.id })
  })

  test('one address spraying many accounts is limited after 10 failures too', async () => {
    const limiter = createLoginRateLimiter(world.db)
    const codes: string[] = []
    for (let i = 0; i < 15; i++) {
      await httpCaller('10.9.9.9', limiter)
        .caller.auth.login({ email: `person${i}@nowhere.test`, password: 'guess guess' })
        .catch((e: { code: string }) => codes.push(e.code))
    }
    expect(codes).toEqual([
      ...Array(10).fill('UNAUTHORIZED'),
      ...Array(5).fill('TOO_MANY_REQUESTS'),
    ])
  })
})

describe('sessions', () => {
  test('end after 30 minutes idle, slide while used, and end 12 hours after sign-in regardless', async () => {
    const start = new Date('2026-11-23T09:00:00.000Z')
    const { token } = await insertSession(world.db, world.a.viewer.id, start)
    const at = (ms: number) => new Date(start.getTime() + ms)
    // Used every 20 minutes: still open after 11 hours.
    for (let t = 20 * 60_000; t < 11 * 3600_000; t += 20 * 60_000) {
      expect(await findSession(world.db, token, at(t)), `at ${t / 60_000} min`).not.toBeNull()
    }
    expect(await findSession(world.db, token, at(ABSOLUTE_TIMEOUT_MS))).toBeNull()
    // …and the row is gone.
    expect(await world.db.selectFrom('sessions').selectAll().execute()).toEqual([])

    const idle = await insertSession(world.db, world.a.viewer.id, start)
    expect(await findSession(world.db, idle.token, at(IDLE_TIMEOUT_MS - 1000))).not.toBeNull()
    expect(
      await findSession(world.db, idle.token, at(IDLE_TIMEOUT_MS - 1000 + IDLE_TIMEOUT_MS + 1)),
    ).toBeNull()
  })

  test('a disabled user’s session stops working at once', async () => {
    const { token } = await insertSession(world.db, world.a.editor.id, new Date())
    await world.db
      .updateTable('users')
      .set({ disabled: 1 })
      .where('id', '=', world.a.editor.id)
      .execute()
    expect(await findSession(world.db, token, new Date())).toBeNull()
  })
})

describe('auth.changePassword and one-time passwords', () => {
  test('clears the one-time flag, keeps this session and ends the others', async () => {
    const fresh = await addUser(world.db, world.a.org, 'editor', {
      email: 'fresh@lsc.test',
      mustChangePassword: true,
    })
    const now = new Date()
    const current = await insertSession(world.db, fresh.id, now)
    const other = await insertSession(world.db, fresh.id, now)
    const caller = createCaller(
      createContext({
        db: world.db,
        store: world.store,
        user: fresh,
        http: {
          ip: '10.0.0.5',
          sessionId: current.id,
          setSessionCookie: () => undefined,
          clearSessionCookie: () => undefined,
          setHeader: () => undefined,
        },
      }),
    )
    await expect(
      caller.auth.changePassword({ current: TEST_PASSWORD, next: 'too short' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('next') })
    await expect(
      caller.auth.changePassword({ current: 'not my password', next: 'a long enough password' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('current') })
    const updated = await caller.auth.changePassword({
      current: TEST_PASSWORD,
      next: 'a long enough password',
    })
    expect(updated.mustChangePassword).toBe(false)
    expect(await findSession(world.db, current.token, new Date())).not.toBeNull()
    expect(await findSession(world.db, other.token, new Date())).toBeNull()
    const row = await world.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', fresh.id)
      .executeTakeFirstOrThrow()
    expect(row.must_change_password).toBe(0)
    expect(await verifyPassword('a long enough password', row.password_hash)).toBe(true)
    // Now changes are allowed.
    const signedIn = callerAs(world.db, world.store, { ...fresh, mustChangePassword: false })
    await expect(
      signedIn.scenario.create({ name: 'First plan', settings: { scope: 'E06000008' } }),
    ).resolves.toMatchObject({ version: 1 })
  })

  test('auth.me is the signed-in person, or null', async () => {
    expect(await world.as(null).auth.me()).toBeNull()
    expect(await world.as(world.b.viewer).auth.me()).toEqual(world.b.viewer)
  })

  test('logout ends the session on the server', async () => {
    const { token, id } = await insertSession(world.db, world.a.viewer.id, new Date())
    const cleared: string[] = []
    const caller = createCaller(
      createContext({
        db: world.db,
        store: world.store,
        user: world.a.viewer,
        http: {
          ip: null,
          sessionId: id,
          setSessionCookie: () => undefined,
          clearSessionCookie: () => cleared.push('cleared'),
          setHeader: () => undefined,
        },
      }),
    )
    expect(await caller.auth.logout()).toEqual({ ok: true })
    expect(cleared).toEqual(['cleared'])
    expect(await findSession(world.db, token, new Date())).toBeNull()
  })
})

describe('password hashes', () => {
  test('are salted scrypt strings that name their parameters, and verify only the right password', async () => {
    const a = await hashPassword('correct horse battery staple')
    const b = await hashPassword('correct horse battery staple')
    expect(a).toMatch(/^scrypt\$N=32768,r=8,p=1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true)
    expect(await verifyPassword('correct horse battery stapler', a)).toBe(false)
    expect(await verifyPassword('anything', 'scrypt$N=3,r=8,p=1$AAAA$AAAA')).toBe(false)
    expect(await verifyPassword('anything', 'plain text')).toBe(false)
  })
})
