/** A workbook described as plain data, so the CSV and XLSX writers share one source of truth. */

/** Numbers are figures from the model or the data; strings are text (escaped when written). */
export type CellValue = string | number | null

/** How a numeric column is shown: money in whole pounds, shares as percentages. */
export type ColumnFormat = 'text' | 'integer' | 'number' | 'gbp' | 'share' | 'year'

export interface ExportColumn {
  header: string
  /** Shown after the header, e.g. 'Cost (GBP)'; null for codes, names and labels. */
  unit: string | null
  format: ColumnFormat
}

export interface ExportTable {
  title: string
  columns: ExportColumn[]
  rows: CellValue[][]
}

export interface ExportSheet {
  /** At most 31 characters (an Excel limit). */
  name: string
  tables: ExportTable[]
}

export interface ExportBook {
  /** e.g. 'area-E06000008' or 'scenario-E54000048'; the date and extension are added later. */
  fileStem: string
  sheets: ExportSheet[]
}

/** The header as a person reads it: 'Cost (GBP)'. */
export const headerText = (column: ExportColumn) =>
  column.unit ? `${column.header} (${column.unit})` : column.header

export const col = (header: string, format: ColumnFormat, unit: string | null = null) => ({
  header,
  unit,
  format,
})
