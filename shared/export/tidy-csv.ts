import { OGL } from '../domain/provenance'
import { col, type CellValue, type ExportColumn, type ExportTable } from './export-types'
import type { ExportMeta } from './metadata'
import { csvCell, csvField } from './to-csv'

/**
 * Provenance written into every row of every CSV, so a file that leaves its ZIP (or the single-CSV
 * download) still says where its figures come from, under what licence, and from which model and
 * data versions. A table whose rows carry their own source or licence keeps those columns.
 */
export const PROVENANCE_COLUMNS: readonly ExportColumn[] = [
  col('source', 'Source', 'text'),
  col('licence', 'Licence', 'text'),
  col('data_version', 'Data version', 'text'),
  col('model_version', 'Model version', 'text'),
  col('exported_on', 'Exported on', 'text'),
]

/** The table's own columns, then the provenance columns it does not already have. */
export function tidyColumns(table: ExportTable): ExportColumn[] {
  const own = new Set(table.columns.map((c) => c.name))
  return [...table.columns, ...PROVENANCE_COLUMNS.filter((c) => !own.has(c.name))]
}

/** The rows with the provenance cells filled in, in the order of tidyColumns. */
export function tidyRows(table: ExportTable, meta: ExportMeta): CellValue[][] {
  const own = new Set(table.columns.map((c) => c.name))
  const provenance: Record<string, CellValue> = {
    source: table.source,
    licence: table.licence ?? OGL,
    data_version: meta.dataVersion.id,
    model_version: meta.modelVersion,
    exported_on: meta.generatedAt.slice(0, 10),
  }
  const extra = PROVENANCE_COLUMNS.filter((c) => !own.has(c.name)).map(
    (c) => provenance[c.name] ?? null,
  )
  return table.rows.map((row) => [...table.columns.map((_, i) => row[i] ?? null), ...extra])
}

/**
 * One table as one tidy CSV: a single header row of the columns' snake_case names, then one line
 * per row, every line with the same number of fields; nothing above the header and nothing
 * after the rows, so pandas.read_csv, R's read.csv and Power Query read it as it is. UTF-8
 * without a byte-order mark (which R's read.csv would glue onto the first column name), CRLF
 * line ends as RFC 4180 has them. Excel users have the XLSX.
 */
export function tidyCsv(table: ExportTable, meta: ExportMeta): string {
  const columns = tidyColumns(table)
  const lines = [
    columns.map((c) => csvField(c.name)).join(','),
    ...tidyRows(table, meta).map((row) =>
      columns.map((c, i) => csvCell(row[i] ?? null, c.format)).join(','),
    ),
  ]
  return `${lines.join('\r\n')}\r\n`
}
