import type { Kysely } from 'kysely'
import { beforeEach, expect, test } from 'vitest'
import type { Database } from '../../db/schema'
import { createTestDb } from '../../tests/helpers/test-db'
import { createLoginRateLimiter, LOGIN_WINDOW_MS } from './rate-limit'

let db: Kysely<Database>
beforeEach(async () => {
  db = await createTestDb()
})

const at = (ms: number) => new Date(Date.UTC(2026, 10, 23, 9) + ms)

test('blocks a key after 10 failures in 15 minutes, until the oldest age out', async () => {
  const limiter = createLoginRateLimiter(db)
  for (let i = 0; i < 10; i++) {
    expect((await limiter.attempt(['email:a'], at(i * 1000))).retryAfter).toBe(0)
  }
  expect((await limiter.attempt(['email:a'], at(10_000))).retryAfter).toBe(
    LOGIN_WINDOW_MS / 1000 - 10,
  )
  // Another key is not affected; a request naming both is blocked.
  expect((await limiter.attempt(['email:b'], at(10_000))).retryAfter).toBe(0)
  expect((await limiter.attempt(['email:c', 'email:a'], at(10_000))).retryAfter).toBeGreaterThan(0)
  // Once the first failure is 15 minutes old, one more attempt may be evaluated.
  expect((await limiter.attempt(['email:a'], at(LOGIN_WINDOW_MS))).retryAfter).toBe(0)
  // Only hashes are stored, and old failures are cleared away.
  const rows = await db.selectFrom('sign_in_failures').selectAll().execute()
  expect(JSON.stringify(rows)).not.toContain('email:')
  expect(rows.every((r) => Date.parse(r.at) > at(0).getTime())).toBe(true)
})

test('a successful sign-in forgives that key only, and is not itself counted', async () => {
  const limiter = createLoginRateLimiter(db)
  for (let i = 0; i < 9; i++) await limiter.attempt(['email:a', 'ip:1'], at(i))
  const right = await limiter.attempt(['email:a', 'ip:1'], at(100))
  await right.succeeded('email:a')
  expect((await limiter.attempt(['email:a'], at(200))).retryAfter).toBe(0)
  // The address has its 9 failures, and the success did not make them 10.
  expect((await limiter.attempt(['ip:1'], at(300))).retryAfter).toBe(0)
  expect((await limiter.attempt(['ip:1'], at(400))).retryAfter).toBeGreaterThan(0)
})

test('50 attempts at once, from two server processes sharing the database: 10 are evaluated', async () => {
  // Each limiter stands for one process: they share nothing but the database.
  const processes = [createLoginRateLimiter(db), createLoginRateLimiter(db)]
  const attempts = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      processes[i % 2]!.attempt(['email:target', `ip:10.0.0.${i}`], at(i)),
    ),
  )
  expect(attempts.filter((a) => a.retryAfter === 0)).toHaveLength(10)
  expect(attempts.filter((a) => a.retryAfter > 0)).toHaveLength(40)
})
