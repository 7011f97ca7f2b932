import { expect, test } from 'vitest'
import { createLoginRateLimiter, LOGIN_WINDOW_MS } from './rate-limit'

test('blocks a key after 10 failures in 15 minutes, until the oldest age out', () => {
  const limiter = createLoginRateLimiter()
  const t0 = 1_000_000
  for (let i = 0; i < 10; i++) {
    expect(limiter.retryAfter(['email:a'], t0 + i * 1000)).toBe(0)
    limiter.recordFailure(['email:a'], t0 + i * 1000)
  }
  expect(limiter.retryAfter(['email:a'], t0 + 10_000)).toBe(LOGIN_WINDOW_MS / 1000 - 10)
  // Another key is not affected; a request naming both is blocked.
  expect(limiter.retryAfter(['email:b'], t0 + 10_000)).toBe(0)
  expect(limiter.retryAfter(['email:b', 'email:a'], t0 + 10_000)).toBeGreaterThan(0)
  // Once the first failure is 15 minutes old, one more attempt may be evaluated.
  expect(limiter.retryAfter(['email:a'], t0 + LOGIN_WINDOW_MS)).toBe(0)
})

test('a successful sign-in resets that key only', () => {
  const limiter = createLoginRateLimiter()
  for (let i = 0; i < 10; i++) limiter.recordFailure(['email:a', 'ip:1'], 5000)
  limiter.reset('email:a')
  expect(limiter.retryAfter(['email:a'], 6000)).toBe(0)
  expect(limiter.retryAfter(['ip:1'], 6000)).toBeGreaterThan(0)
})
