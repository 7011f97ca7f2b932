import type { Assumption } from '../domain/assumptions'
import { MARK_LABELS, OGL, ONS_ATTRIBUTION } from '../domain/provenance'
import { col, type CellValue, type ExportSheet, type ExportTable } from './export-types'

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

export const EXPORT_NOTES = [
  'Money is in pounds (cash, not discounted). Years are NHS financial years, April to March, unless marked mid-year (30 June).',
  "Text cells that begin with = + - or @ are shown with a leading ' so that spreadsheets do not run them as formulas.",
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
        title: 'About this export',
        columns: [col('Item', 'text'), col('Value', 'text')],
        rows: aboutRows,
      },
      ...extra,
      {
        title: 'Assumptions used',
        columns: [
          col('Key', 'text'),
          col('Assumption', 'text'),
          col('Value used', 'number'),
          col('Default', 'number'),
          col('Low', 'number'),
          col('High', 'number'),
          col('Unit', 'text'),
          col('Mark', 'text'),
          col('Mark meaning', 'text'),
          col('Source', 'text'),
          col('Source date', 'text'),
          col('Rationale', 'text'),
        ],
        rows: assumptionRows,
      },
      {
        title: 'Sources',
        columns: [
          col('Title', 'text'),
          col('Publisher', 'text'),
          col('Date', 'text'),
          col('Licence', 'text'),
          col('Attribution', 'text'),
          col('Link', 'text'),
        ],
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
