/**
 * Reads a CSV download back the way an analyst's tool would, with csv-parse (not the project's
 * own reader), and checks what every tidy export promises: one header row of unique snake_case
 * names, every row as long as the header, and no text cell that a spreadsheet would run as a
 * formula (only our own numbers may start with '-'). Throws with the file's name on any breach.
 */
import { parse } from 'csv-parse/sync'
import { unzipSync, strFromU8 } from 'fflate'

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/
const FORMULA_START = /^[=+\-@\t\r\n\0]/
const NUMBER = /^-?\d+(\.\d+)?$/

export interface TidyTable {
  header: string[]
  rows: string[][]
  /** The rows as objects keyed by column name. */
  records: Record<string, string>[]
}

export function readTidyCsv(text: string, what = 'CSV'): TidyTable {
  if (text.charCodeAt(0) === 0xfeff) throw new Error(`${what}: starts with a byte-order mark`)
  // csv-parse refuses rows of another length than the header unless told otherwise.
  const [header, ...rows] = parse(text, { relaxColumnCount: false }) as string[][]
  if (!header) throw new Error(`${what}: no header row`)
  const bad = header.filter((name) => !SNAKE.test(name))
  if (bad.length) throw new Error(`${what}: column names not snake_case: ${bad.join(', ')}`)
  if (new Set(header).size !== header.length) throw new Error(`${what}: repeated column names`)
  rows.forEach((row, i) => {
    for (const cell of row) {
      if (FORMULA_START.test(cell) && !NUMBER.test(cell)) {
        throw new Error(`${what} row ${i + 2}: cell starts a formula: ${JSON.stringify(cell)}`)
      }
    }
  })
  const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]!])))
  return { header, rows, records }
}

/** A ZIP's files by name, as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  )
}
