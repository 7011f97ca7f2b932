/**
 * Failed sign-ins per key (an email or an IP address) in a sliding window. In memory: the app is
 * one process per database (reliability note, caveat 6), and a restart clearing the counts is
 * acceptable for a limit of minutes. A second process would need this moved into the database.
 */
export interface LoginRateLimiter {
  /** Seconds until an attempt may be evaluated again, or 0 when none of the keys is blocked. */
  retryAfter(keys: string[], now?: number): number
  recordFailure(keys: string[], now?: number): void
  /** After a successful sign-in, that account's count starts again (the IP's does not). */
  reset(key: string): void
}

export const LOGIN_WINDOW_MS = 15 * 60_000
export const LOGIN_MAX_FAILURES = 10
/** Bound memory under a spray of random emails: the oldest keys are forgotten first. */
const MAX_KEYS = 50_000

export function createLoginRateLimiter(
  options: { windowMs?: number; maxFailures?: number } = {},
): LoginRateLimiter {
  const windowMs = options.windowMs ?? LOGIN_WINDOW_MS
  const maxFailures = options.maxFailures ?? LOGIN_MAX_FAILURES
  const failures = new Map<string, number[]>()

  const recent = (key: string, now: number) => {
    const times = failures.get(key)
    if (!times) return []
    const kept = times.filter((t) => now - t < windowMs)
    if (kept.length === 0) failures.delete(key)
    else if (kept.length !== times.length) failures.set(key, kept)
    return kept
  }

  return {
    retryAfter(keys, now = Date.now()) {
      let wait = 0
      for (const key of keys) {
        const times = recent(key, now)
        if (times.length >= maxFailures) {
          // Blocked until enough failures age out of the window to fall below the limit.
          const oldestThatCounts = times[times.length - maxFailures]!
          wait = Math.max(wait, Math.ceil((oldestThatCounts + windowMs - now) / 1000))
        }
      }
      return wait
    },
    recordFailure(keys, now = Date.now()) {
      for (const key of keys) {
        const times = recent(key, now)
        times.push(now)
        failures.delete(key) // re-insert: Map order is then least recently failed first
        failures.set(key, times)
      }
      while (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value!)
    },
    reset(key) {
      failures.delete(key)
    },
  }
}
