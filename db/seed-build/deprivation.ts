import type { SeedDeprivation } from '../seed-format'
import { fail, field, int, num, readCsv } from './read-shared'

/** Shares are rounded to 4 places in the file, so their sum may be off by a few ten-thousandths. */
const SHARE_TOLERANCE = 0.002

/** mySociety's composite UK deprivation index by 2024 authority (SOURCES.md §12), checked whole. */
export function buildDeprivation(dataDir: string, laCodes: Set<string>): SeedDeprivation {
  const rows: SeedDeprivation['rows'] = []
  for (const r of readCsv(dataDir, 'la_deprivation_uk_composite.csv')) {
    const la = field(r, 'lad24cd')
    if (!laCodes.has(la)) fail(`deprivation row ${la} is not a 2024 authority`)
    const row = {
      la,
      score: num(r, 'composite_deprivation_score'),
      quintile: int(r, 'uk_quintile'),
      decile: int(r, 'uk_decile'),
      shareHigh: num(r, 'share_pop_high_deprivation'),
      shareMedium: num(r, 'share_pop_medium_deprivation'),
      shareLow: num(r, 'share_pop_low_deprivation'),
    }
    if (row.quintile < 1 || row.quintile > 5) fail(`${la}: quintile ${row.quintile}`)
    if (row.decile < 1 || row.decile > 10 || Math.ceil(row.decile / 2) !== row.quintile)
      fail(`${la}: decile ${row.decile} does not sit in quintile ${row.quintile}`)
    const shares = [row.shareHigh, row.shareMedium, row.shareLow]
    if (shares.some((s) => s < 0 || s > 1)) fail(`${la}: a deprivation share is outside 0–1`)
    if (Math.abs(shares.reduce((a, b) => a + b, 0) - 1) > SHARE_TOLERANCE)
      fail(`${la}: deprivation shares do not sum to 1`)
    rows.push(row)
  }
  if (new Set(rows.map((r) => r.la)).size !== rows.length)
    fail('deprivation lists an authority twice')
  if (rows.length !== laCodes.size)
    fail(`deprivation covers ${rows.length} authorities, not ${laCodes.size}`)
  return { rows: rows.sort((a, b) => (a.la < b.la ? -1 : 1)) }
}
