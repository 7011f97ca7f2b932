/**
 * Rows for the ranked area tables, built from area.summary results:
 *  - authorityRows: one row per local authority in the scope (as the server lists them);
 *  - healthBodyRows: the scope's authorities rolled up to health bodies, with coverage weighted by
 *    babies and teams counted once each however many authorities they serve;
 *  - nationRow: one row from a nation's own summary.
 * The server gives each authority row its babies inside the scope already (share applied); in a UK
 * or nation summary each authority sits whole under its main health body.
 */
import type { AreaSummary, LaSummaryRow } from '../../shared/domain/area-summary'
import { teamsWorking } from './funded-teams'

export interface AreaRow {
  code: string
  name: string
  /** Babies under two in the scope (share-weighted for split authorities). */
  babies: number
  midYear: number
  /** Families needing a specialised team a year (authority rows only). */
  need?: number
  /** Teams serving the area that provide capacity today. */
  teams: number
  /** Capacity coverage, 0..1. */
  coverage: number
  /** Share of babies living where any team works, 0..1. */
  geographic: number
  /** Number of local authorities (for health bodies and nations). */
  authorities?: number
  /** For an authority split between health bodies: its share inside the scope. */
  share?: number
}

/** Babies of an authority row counted inside the scope (the server already applies the share). */
export function rowBabies(row: LaSummaryRow): number {
  return row.under2
}

export function authorityRows(summary: AreaSummary): AreaRow[] {
  return summary.localAuthorities.map((row) => ({
    code: row.code,
    name: row.name,
    babies: rowBabies(row),
    midYear: row.midYear,
    need: row.need,
    teams: row.teams,
    coverage: row.coverage,
    geographic: row.geographicCovered ? 1 : 0,
    share: row.share,
  }))
}

export function healthBodyRows(summary: AreaSummary): AreaRow[] {
  const groups = new Map<string, { name: string; rows: LaSummaryRow[] }>()
  for (const row of summary.localAuthorities) {
    const group = groups.get(row.healthBody.code) ?? { name: row.healthBody.name, rows: [] }
    group.rows.push(row)
    groups.set(row.healthBody.code, group)
  }
  const teams = teamsWorking(summary)
  return [...groups].map(([code, { name, rows }]) => {
    const laCodes = new Set(rows.map((r) => r.code))
    let babies = 0
    let covered = 0
    let geographic = 0
    let midYear = 0
    for (const row of rows) {
      const b = rowBabies(row)
      babies += b
      covered += b * row.coverage
      if (row.geographicCovered) geographic += b
      midYear = Math.max(midYear, row.midYear)
    }
    return {
      code,
      name,
      babies,
      midYear,
      teams: teams.filter((t) => t.laCodes.some((c) => laCodes.has(c))).length,
      coverage: babies > 0 ? covered / babies : 0,
      geographic: babies > 0 ? geographic / babies : 0,
      authorities: laCodes.size,
    }
  })
}

export function summaryRow(summary: AreaSummary): AreaRow {
  return {
    code: summary.area.code,
    name: summary.area.name,
    babies: summary.latest.under2,
    midYear: summary.latest.midYear,
    teams: teamsWorking(summary).length,
    coverage: summary.coverage.coverage,
    geographic: summary.coverage.geographicCoverage,
    authorities: new Set(summary.localAuthorities.map((r) => r.code)).size,
  }
}
