/**
 * Parses RFC 4180 CSV into rows of fields. Quoted fields may hold commas, doubled quotes and
 * line breaks; CRLF, LF and a leading byte-order mark are accepted. A final line break does not
 * add an empty row. Throws on a quote that is never closed or text straight after a closing quote,
 * naming the line, because silently mis-splitting a row would shift every later column.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let afterQuote = false
  let line = 1
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0

  const endField = () => {
    row.push(field)
    field = ''
    afterQuote = false
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }

  for (; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
          afterQuote = true
        }
      } else {
        if (ch === '\n') line++
        field += ch
      }
    } else if (ch === ',') {
      endField()
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRow()
      line++
    } else if (afterQuote) {
      throw new Error(`CSV line ${line}: unexpected text after a closing quote`)
    } else if (ch === '"' && field === '') {
      quoted = true
    } else {
      field += ch
    }
  }
  if (quoted) throw new Error(`CSV line ${line}: a quoted field is never closed`)
  if (field !== '' || afterQuote || row.length > 0) endRow()
  return rows
}

/** Rows as objects keyed by the header row; every row must have as many fields as the header. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(
        `CSV row ${index + 2}: expected ${header.length} fields, found ${fields.length}`,
      )
    }
    const record: Record<string, string> = {}
    header.forEach((name, column) => {
      record[name] = fields[column] ?? ''
    })
    return record
  })
}
