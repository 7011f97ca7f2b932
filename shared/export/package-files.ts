import { dataPackage, tableFileName } from './datapackage'
import { bookTables, type ExportBook, type ExportTable } from './export-types'
import type { ExportMeta } from './metadata'
import { tidyCsv } from './tidy-csv'

export interface PackageFile {
  path: string
  text: string
}

/**
 * The files of a book's ZIP: one tidy CSV per table, in sheet order, then datapackage.json
 * describing them all. The server zips them; nothing here does IO.
 */
export function packageFiles(book: ExportBook, meta: ExportMeta): PackageFile[] {
  return [
    ...bookTables(book).map((table) => ({
      path: tableFileName(table.name),
      text: tidyCsv(table, meta),
    })),
    { path: 'datapackage.json', text: `${JSON.stringify(dataPackage(book, meta), null, 2)}\n` },
  ]
}

/**
 * The table a single-CSV download holds: the book's first, its main figures (an area's babies by
 * mid-year, a scenario's results by financial year). The ZIP has every table.
 */
export function mainTable(book: ExportBook): ExportTable {
  const first = book.sheets[0]?.tables[0]
  if (!first) throw new Error(`Export ${book.fileStem} has no table`)
  return first
}
