/**
 * Helpers for the teams register forms: who is offered the edit controls, and reading the local
 * authorities a person types (names or codes) into codes. The server checks everything again.
 */
import type { AreaRef } from '../../shared/domain/geography'
import type { SessionUser } from '../../shared/domain/saved-scenario'

/**
 * Editors and admins of a national body (any team) or of an organisation with an area (teams in
 * it). Viewers, people with a one-time password and organisations without an area see it read-only.
 */
export function canEditRegister(user: SessionUser | null): boolean {
  if (!user || user.role === 'viewer' || user.mustChangePassword) return false
  return user.organisation.kind === 'national' || !!user.organisation.areaCode
}

export interface ParsedAuthorities {
  codes: string[]
  names: string[]
  unknown: string[]
}

/** 'Pendle, E06000008' → the codes and names of those authorities, and anything not recognised. */
export function parseAuthorities(text: string, areas: readonly AreaRef[]): ParsedAuthorities {
  const las = areas.filter((a) => a.level === 'local-authority')
  const result: ParsedAuthorities = { codes: [], names: [], unknown: [] }
  for (const part of text.split(/[,;\n]/)) {
    const token = part.trim()
    if (!token) continue
    const key = token.toLowerCase()
    const la = las.find((a) => a.code.toLowerCase() === key || a.name.toLowerCase() === key)
    if (!la) result.unknown.push(token)
    else if (!result.codes.includes(la.code)) {
      result.codes.push(la.code)
      result.names.push(la.name)
    }
  }
  return result
}
