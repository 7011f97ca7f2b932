/**
 * Where to go after signing in. `?next=` comes from the address bar, so anyone can write a link
 * with it: only a path on this site is followed, never another site ('//evil.example',
 * 'https://…', '/\evil.example' all leave the site in some browsers), so a sign-in link cannot be
 * used to send people elsewhere after they have typed their password.
 */

export const DEFAULT_NEXT = '/scenarios'

export function safeNextPath(next: string | null | undefined, fallback = DEFAULT_NEXT): string {
  if (!next) return fallback
  // One leading slash, then not a slash or backslash (which browsers read as a second slash).
  if (!/^\/(?![/\\])/.test(next)) return fallback
  // Control characters, whitespace and backslashes can hide a scheme or host from this check.
  if ([...next].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f || c === '\\')) {
    return fallback
  }
  // Sending people back to the sign-in page would loop.
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next.startsWith('/sign-in/')) {
    return fallback
  }
  return next
}

/** '/sign-in?next=%2Fscenarios%2Fabc' for the page the person is on now. */
export function signInHref(pathname: string, search = ''): string {
  const here = `${pathname}${search}`
  return here === '/' || here.startsWith('/sign-in')
    ? '/sign-in'
    : `/sign-in?next=${encodeURIComponent(here)}`
}
