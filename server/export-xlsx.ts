import ExcelJS from 'exceljs'
import {
  escapeText,
  headerText,
  xmlSafe,
  type CellValue,
  type ColumnFormat,
  type ExportBook,
} from '../shared/export'

/** Display formats: whole pounds, percentages with one decimal, counts with separators. */
const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: undefined,
  boolean: undefined,
  integer: '#,##0',
  number: '#,##0.0',
  gbp: '"£"#,##0',
  share: '0.0%',
  year: '0',
}

const MIN_WIDTH = 10
const MAX_WIDTH = 60

/** Text goes through the same formula escaping as CSV; numbers stay numeric cells. */
function cellValue(value: CellValue): string | number | null {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  return xmlSafe(escapeText(value))
}

/**
 * Writes a book with exceljs: each sheet's tables stacked (title row, bold header row, data, a
 * blank row between), the first header frozen, number formats per column, widths to fit.
 */
export async function toXlsx(book: ExportBook, created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Coverage 2030'
  workbook.created = created
  workbook.modified = created

  for (const sheet of book.sheets) {
    const first = sheet.tables[0]
    // Freeze the title and header rows of the first table so they stay visible when scrolling.
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: first ? [{ state: 'frozen', ySplit: 2 }] : [],
    })
    const widths: number[] = []
    const fit = (index: number, text: string) => {
      widths[index] = Math.max(widths[index] ?? MIN_WIDTH, Math.min(MAX_WIDTH, text.length + 2))
    }
    sheet.tables.forEach((table, t) => {
      if (t > 0) worksheet.addRow([])
      const title = worksheet.addRow([cellValue(table.title)])
      title.font = { bold: true, size: 12 }
      const headers = table.columns.map(headerText)
      const header = worksheet.addRow(headers.map(cellValue))
      header.font = { bold: true }
      header.alignment = { wrapText: true, vertical: 'top' }
      headers.forEach((h, i) => fit(i, h.length > 30 ? h.slice(0, 30) : h))
      for (const values of table.rows) {
        const row = worksheet.addRow(table.columns.map((_, i) => cellValue(values[i] ?? null)))
        table.columns.forEach((column, i) => {
          const format = NUMBER_FORMATS[column.format]
          const value = values[i]
          if (format && typeof value === 'number') row.getCell(i + 1).numFmt = format
          if (typeof value === 'string') fit(i, value)
          else if (typeof value === 'number') fit(i, String(Math.round(value)) + '000')
        })
      }
    })
    widths.forEach((width, i) => {
      worksheet.getColumn(i + 1).width = width
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
