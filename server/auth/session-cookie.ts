import type { Request, Response } from 'express'

export const SESSION_COOKIE = 'c2030_session'

export interface CookieOptions {
  /** Adds `Secure`: set when the request came over HTTPS, or always with COOKIE_SECURE=true. */
  secure: boolean
}

/**
 * HttpOnly: page scripts cannot read it. SameSite=Lax: other sites' forms and fetches do not
 * carry it on POST (the CSRF check in csrf.ts is the second line). The name has no `__Host-`
 * prefix because that requires Secure, which plain-HTTP local use cannot have.
 */
export function sessionCookie(token: string, maxAgeSeconds: number, options: CookieOptions) {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
  ]
  if (options.secure) parts.push('Secure')
  return parts.join('; ')
}

export function clearedSessionCookie(options: CookieOptions) {
  return sessionCookie('', 0, options)
}

/** The session token from the Cookie header, if any (no cookie-parser needed for one cookie). */
export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie
  if (!header) return null
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim()
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null
    }
  }
  return null
}

export function isSecureRequest(req: Request, cookieSecure: boolean): boolean {
  return cookieSecure || req.secure
}

export function appendCookie(res: Response, cookie: string) {
  res.appendHeader('Set-Cookie', cookie)
}
