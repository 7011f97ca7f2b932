/**
 * A workbook described as plain data, so the tidy CSVs, their datapackage.json and the XLSX
 * writer share one source of truth.
 */

/** Numbers are figures from the model or the data; strings are text (escaped when written). */
export type CellValue = string | number | null

/**
 * How a column is written and typed: money in pounds, shares as fractions 0–1 (percentages in
 * XLSX), mid-years as years, 'boolean' as the text yes/no.
 */
export type ColumnFormat = 'text' | 'integer' | 'number' | 'gbp' | 'share' | 'year' | 'boolean'

export interface ExportColumn {
  /**
   * The column's stable machine name, snake_case: the CSV header and the datapackage field name.
   * Analysts' scripts key on it, so renaming one is a breaking change (documented on /sources).
   */
  name: string
  /** The plain-English header, as in XLSX: 'Cost'. */
  header: string
  /** Shown after the header, e.g. 'Cost (GBP)'; null for codes, names and labels. */
  unit: string | null
  format: ColumnFormat
}

export interface ExportTable {
  /** The table's file stem in a ZIP and its datapackage resource name: 'population'. */
  name: string
  title: string
  columns: readonly ExportColumn[]
  rows: CellValue[][]
  /** Where the rows come from, written into every row's `source` column unless a row has its own. */
  source: string
  /** The licence of the rows; the Open Government Licence v3.0 unless said otherwise. */
  licence?: string
}

export interface ExportSheet {
  /** At most 31 characters (an Excel limit). */
  name: string
  tables: ExportTable[]
}

export interface ExportBook {
  /** e.g. 'area-E06000008' or 'scenario-E54000048'; the date and extension are added later. */
  fileStem: string
  /** What the whole export is: 'Coverage 2030 area summary: Blackburn with Darwen (E06000008)'. */
  title: string
  sheets: ExportSheet[]
}

/** The header as a person reads it: 'Cost (GBP)'. */
export const headerText = (column: ExportColumn) =>
  column.unit ? `${column.header} (${column.unit})` : column.header

export const col = (
  name: string,
  header: string,
  format: ColumnFormat,
  unit: string | null = null,
): ExportColumn => ({ name, header, unit, format })

/** Every table of a book, data sheets first and the metadata last, as the ZIP lists them. */
export const bookTables = (book: ExportBook): ExportTable[] =>
  book.sheets.flatMap((sheet) => sheet.tables)
