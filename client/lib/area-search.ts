/**
 * Matching areas for the header search: by code (prefix, any case) or by name (every word typed
 * must start a word of the name, so "black dar" finds "Blackburn with Darwen"). Results rank exact
 * code matches, then names starting with the query, then larger areas before smaller ones.
 */
import type { AreaLevel, AreaRef } from '../../shared/domain/geography'

const LEVEL_ORDER: Record<AreaLevel, number> = {
  uk: 0,
  nation: 1,
  'health-body': 2,
  'upper-tier': 3,
  'local-authority': 4,
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

export function searchAreas<T extends AreaRef>(areas: readonly T[], query: string, limit = 8): T[] {
  const q = query.trim()
  if (!q) return []
  const code = q.toUpperCase()
  const queryWords = words(q)
  if (queryWords.length === 0) return []
  const scored: { area: T; score: number }[] = []
  for (const area of areas) {
    let score: number
    if (area.code === code) score = 0
    else if (code.length >= 3 && area.code.startsWith(code)) score = 1
    else {
      const nameWords = words(area.name)
      const allMatch = queryWords.every((w) => nameWords.some((n) => n.startsWith(w)))
      if (!allMatch) continue
      score = area.name.toLowerCase().startsWith(q.toLowerCase()) ? 2 : 3
    }
    scored.push({ area, score })
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        LEVEL_ORDER[a.area.level] - LEVEL_ORDER[b.area.level] ||
        a.area.name.localeCompare(b.area.name, 'en-GB'),
    )
    .slice(0, limit)
    .map((s) => s.area)
}
