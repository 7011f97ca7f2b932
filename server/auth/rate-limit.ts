import type { Kysely } from 'kysely'
import { forgetSignInFailures, reserveSignInAttempt } from '../../db/repositories/sign-in-failures'
import type { Database } from '../../db/schema'

/**
 * Failed sign-ins per key (an email or an IP address) in a sliding window. The counts are rows
 * in the database (db/repositories/sign-in-failures.ts), so the limit holds however many server
 * processes share it, and across restarts.
 */
export interface LoginRateLimiter {
  /**
   * Counts an attempt before its password is checked. `retryAfter` is the seconds to wait when a
   * key is already at the limit (and then nothing was counted), else 0.
   */
  attempt(keys: string[], now?: Date): Promise<SignInAttempt>
}

export interface SignInAttempt {
  retryAfter: number
  /** The password was right: this attempt no longer counts, nor do `forgive`'s earlier failures. */
  succeeded(forgive?: string): Promise<void>
}

export const LOGIN_WINDOW_MS = 15 * 60_000
export const LOGIN_MAX_FAILURES = 10

export function createLoginRateLimiter(
  db: Kysely<Database>,
  options: { windowMs?: number; maxFailures?: number } = {},
): LoginRateLimiter {
  const policy = {
    windowMs: options.windowMs ?? LOGIN_WINDOW_MS,
    maxFailures: options.maxFailures ?? LOGIN_MAX_FAILURES,
  }
  return {
    async attempt(keys, now = new Date()) {
      const reservation = await reserveSignInAttempt(db, keys, now, policy)
      return {
        retryAfter: Math.ceil(reservation.waitMs / 1000),
        succeeded: (forgive) => forgetSignInFailures(db, reservation, forgive),
      }
    },
  }
}
