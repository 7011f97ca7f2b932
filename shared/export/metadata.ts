import type { Assumption } from '../domain/assumptions'
import { MARK_LABELS, OGL, ONS_ATTRIBUTION } from '../domain/provenance'
import { type CellValue, type ExportSheet, type ExportTable } from './export-types'
import { TABLE_COLUMNS } from './table-columns'

export interface ExportSource {
  title: string
  publisher: string
  date: string
  licence: string
  attribution: string
  url: string | null
}

/** Everything an export says about where its figures come from. */
export interface ExportMeta {
  /** ISO date-time the file was made. */
  generatedAt: string
  dataVersion: { id: string; label: string; date: string | null }
  modelVersion: string
  sources: ExportSource[]
  /** The default assumptions (value, range, unit, mark and source of each). */
  assumptions: Assumption[]
}

export interface AssumptionUse {
  /** The value the figures were computed with (the default unless the scenario changed it). */
  values: Partial<Record<string, number>>
  /** Why a value was changed, keyed by assumption key. */
  rationale: Partial<Record<string, string>>
}

/** Sourced defaults keep their source's licence; the project's own assumptions are its own. */
export const ASSUMPTIONS_LICENCE = `${OGL} for values stated in a source; assumptions marked A or U are Coverage 2030's own`

export const EXPORT_NOTES = [
  'Money is in pounds (cash, not discounted). Years are NHS financial years, April to March, unless marked mid-year (30 June).',
  "Text cells that begin with = + - or @ are shown with a leading ' so that spreadsheets do not run them as formulas.",
  'Shares are fractions from 0 to 1 in CSV (percentages in XLSX). Empty cells are missing values.',
]

/** The 'Metadata' sheet: what this is, licence and attribution, sources, assumptions used. */
export function metadataSheet(
  meta: ExportMeta,
  about: [string, string][],
  use: AssumptionUse,
  extra: ExportTable[] = [],
): ExportSheet {
  const aboutRows: [string, string][] = [
    ...about,
    ['Generated', meta.generatedAt],
    ['Data version', `${meta.dataVersion.id}: ${meta.dataVersion.label}`],
    ['Data date', meta.dataVersion.date ?? 'not recorded'],
    ['Model version', meta.modelVersion],
    ['Licence', OGL],
    ['Attribution', ONS_ATTRIBUTION],
    ...EXPORT_NOTES.map((note): [string, string] => ['Note', note]),
  ]
  const assumptionRows: CellValue[][] = meta.assumptions.map((a) => [
    a.key,
    a.label,
    use.values[a.key] ?? a.value,
    a.value,
    a.low,
    a.high,
    a.unit,
    a.mark,
    MARK_LABELS[a.mark],
    a.source,
    a.date,
    use.rationale[a.key] ?? '',
  ])
  return {
    name: 'Metadata',
    tables: [
      {
        name: 'about',
        title: 'About this export',
        source: 'Coverage 2030',
        columns: TABLE_COLUMNS.about,
        rows: aboutRows,
      },
      ...extra,
      {
        name: 'assumptions',
        title: 'Assumptions used',
        // Each assumption names its own source and mark; those marked A or U are the project's.
        source: 'Coverage 2030 model defaults (FACTS.md section 6)',
        licence: ASSUMPTIONS_LICENCE,
        columns: TABLE_COLUMNS.assumptions,
        rows: assumptionRows,
      },
      {
        name: 'sources',
        title: 'Sources',
        source: 'Coverage 2030 register of sources',
        columns: TABLE_COLUMNS.sources,
        rows: meta.sources.map((s) => [
          s.title,
          s.publisher,
          s.date,
          s.licence,
          s.attribution,
          s.url ?? '',
        ]),
      },
    ],
  }
}
