/** A CSV record and the 1-based line of the file it starts on (quoted line breaks make these differ). */
export interface CsvRecord {
  line: number
  fields: string[]
}

/** A structural fault that makes the rest of the file unreadable, with the line it was found on. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
    this.name = 'CsvSyntaxError'
  }
}

/**
 * RFC 4180 records with their line numbers, for error messages that point at a line a person can
 * find in a text editor. Stricter than shared/csv.ts on purpose: a quote inside an unquoted field
 * is refused rather than kept, because in an imported file it means the quoting is broken and
 * every later column may be shifted. CRLF, LF and CR line ends are all accepted.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let afterQuote = false
  let line = 1
  let recordLine = 1
  let quoteLine = 1

  const endField = () => {
    fields.push(field)
    field = ''
    afterQuote = false
  }
  const endRecord = () => {
    endField()
    records.push({ line: recordLine, fields })
    fields = []
  }

  for (let i = 0; i < text.length; i++) {
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
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++
        field += ch
      }
    } else if (ch === ',') {
      endField()
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else if (afterQuote) {
      throw new CsvSyntaxError(line, 'there is text straight after a closing quote')
    } else if (ch === '"') {
      if (field !== '') {
        throw new CsvSyntaxError(
          line,
          'a quote appears inside a field that does not start with one',
        )
      }
      quoted = true
      quoteLine = line
    } else {
      field += ch
    }
  }
  if (quoted) {
    throw new CsvSyntaxError(quoteLine, 'a quoted field opened on this line is never closed')
  }
  if (field !== '' || afterQuote || fields.length > 0) endRecord()
  return records
}
