import type { Request, Response } from 'express'
import type { Kysely } from 'kysely'
import { findSession, lookUpSession, type SessionLookup } from '../db/repositories/sessions'
import type { Database } from '../db/schema'
import type { SessionUser } from '../shared/domain/saved-scenario'
import { createLoginRateLimiter, type LoginRateLimiter } from './auth/rate-limit'
import {
  appendCookie,
  clearedSessionCookie,
  isSecureRequest,
  readSessionToken,
  sessionCookie,
} from './auth/session-cookie'
import type { ModelStore } from './model-store'

export interface ContextDeps {
  db: Kysely<Database>
  store: ModelStore
  /** The sign-in limit; by default the one kept in the database, shared by every process. */
  limiter?: LoginRateLimiter
  /** The clock, for tests of expiry. */
  now?: () => Date
}

/** What only an HTTP request has: the cookie to set and the caller's address. */
export interface HttpContext {
  ip: string | null
  /** The session the request arrived with (SHA-256 id), to end it on logout or rotate on login. */
  sessionId: string | null
  setSessionCookie(token: string, maxAgeSeconds: number): void
  clearSessionCookie(): void
  setHeader(name: string, value: string): void
}

export interface ContextInput extends ContextDeps {
  /** Tests inject the signed-in person directly; HTTP requests get it from the session cookie. */
  user?: SessionUser | null
  http?: HttpContext | null
}

/** Built per request; tests call it directly, e.g. `createContext({ db, store, user })`. */
export function createContext(input: ContextInput) {
  return {
    db: input.db,
    store: input.store,
    user: input.user ?? null,
    http: input.http ?? null,
    limiter: input.limiter ?? createLoginRateLimiter(input.db),
    now: input.now ?? (() => new Date()),
  }
}

export type Context = ReturnType<typeof createContext>

/** Sessions looked up by prepareRequest, for createRequestContext to use. */
const lookedUp = new WeakMap<Request, SessionLookup['session']>()

/**
 * Before a /trpc or /api/export request is answered: the data the model reads brought up to the
 * database's revision (another process may have changed them), and the session looked up. With a
 * session cookie that is one query for both (lookUpSession), so a signed-in request costs one
 * round trip to the database, not two, and nothing about the session is kept between requests
 * on PostgreSQL: a sign-out, a disabled account or a new role on any process holds at the next
 * request on every other.
 */
export async function prepareRequest(deps: ContextDeps, req: Request): Promise<void> {
  const token = readSessionToken(req)
  if (!token) {
    await deps.store.sync()
    return
  }
  const now = deps.now ?? (() => new Date())
  const { session, modelRevision } = await lookUpSession(deps.db, token, now())
  lookedUp.set(req, session)
  await (modelRevision === null ? deps.store.sync() : deps.store.syncTo(modelRevision))
}

/** For /trpc: resolves the session cookie (expiring it when due) and wires the cookie helpers. */
export async function createRequestContext(
  deps: ContextDeps & { cookieSecure?: boolean },
  req: Request,
  res: Response,
): Promise<Context> {
  const now = deps.now ?? (() => new Date())
  const token = readSessionToken(req)
  const session = !token
    ? null
    : lookedUp.has(req)
      ? lookedUp.get(req)!
      : await findSession(deps.db, token, now())
  const cookie = { secure: isSecureRequest(req, deps.cookieSecure ?? false) }
  // A cookie that no longer opens a session is cleared, so the browser stops sending it.
  if (token && !session) appendCookie(res, clearedSessionCookie(cookie))
  return createContext({
    ...deps,
    user: session?.user ?? null,
    http: {
      ip: req.ip ?? req.socket.remoteAddress ?? null,
      sessionId: session?.sessionId ?? null,
      setSessionCookie: (value, maxAge) => appendCookie(res, sessionCookie(value, maxAge, cookie)),
      clearSessionCookie: () => appendCookie(res, clearedSessionCookie(cookie)),
      setHeader: (name, value) => res.setHeader(name, value),
    },
  })
}
