import { CsvSyntaxError, readCsvRecords, type CsvRecord } from './csv-records'
import { fileText } from './file-text'
import { detectShape, SHAPES, type DetectedShape, type ShapeId } from './population-shapes'
import { problemSummary, quoteValue, sortProblems, type ImportProblem } from './problems'

export const MAX_DATA_ROWS = 50_000
export const MIN_MID_YEAR = 2001
export const MAX_MID_YEAR = 2040
/** More babies of one age than this in one authority means a wrong column (England has ~600k). */
export const MAX_AGE_COUNT = 500_000
export const MAX_ALL_AGES = 20_000_000
const MAX_TEXT = 200

/**
 * GSS codes of areas above local authorities (UK, GB, E&W, countries, English regions, counties,
 * metropolitan counties, inner/outer London). ONS tables list them beside the authorities; they are
 * skipped, not refused, so an ONS file can be imported as published.
 */
const AGGREGATE_PREFIXES = [
  'K02',
  'K03',
  'K04',
  'E92',
  'W92',
  'S92',
  'N92',
  'E12',
  'E10',
  'E11',
  'E13',
]

export interface KnownArea {
  code: string
  name: string
}

export interface PopulationImportOptions {
  /** The local authorities figures can be imported for (the 361 of 2024). */
  areas: readonly KnownArea[]
  /** The mid-year an MYE2 file describes, when it has no year column. */
  midYear?: number
  /** The source's publication date (YYYY-MM-DD): a mid-year after it cannot be an estimate. */
  sourceDate?: string
}

/** One authority and mid-year, as it will be written. */
export interface PopulationImportRow {
  laCode: string
  midYear: number
  age0: number
  age1: number
  allAges: number | null
}

export type PopulationValidation =
  | {
      ok: true
      shape: ShapeId
      rows: PopulationImportRow[]
      /** Data records read from the file (blank lines not counted). */
      recordCount: number
      /** What was skipped or read leniently, in plain English. */
      notes: string[]
      /** Accepted, but worth a look (e.g. a name spelt differently from ours). */
      warnings: ImportProblem[]
      summary: string
    }
  | { ok: false; shape: ShapeId | null; problems: ImportProblem[]; summary: string }

const fail = (shape: ShapeId | null, problems: ImportProblem[]): PopulationValidation => {
  const sorted = sortProblems(problems)
  return { ok: false, shape, problems: sorted, summary: problemSummary(sorted) }
}

/** Lower case, letters and digits only, "&" as "and", without "City of" / "County of". */
const nameKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(city|county) of\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '')

type Parsed = { value: number; grouped: boolean } | { error: string }

/** A non-negative whole number written in digits; "1,234" (grouped by thousands) is read as 1234. */
export function parseCount(raw: string, max: number): Parsed {
  const text = raw.trim()
  if (text === '') return { error: 'is blank; a whole number is required' }
  let grouped = false
  let digits = text
  if (/^\d{1,3}(,\d{3})+$/.test(text)) {
    grouped = true
    digits = text.replace(/,/g, '')
  } else if (/^[-\u2212]\s*[\d.,]+$/.test(text)) {
    return { error: `cannot be negative, got ${quoteValue(raw)}` }
  } else if (/^\d*\.\d+$/.test(text) || /^\d+\.$/.test(text)) {
    return { error: `must be a whole number, got ${quoteValue(raw)}` }
  } else if (/^[\d.]+e[+-]?\d+$/i.test(text)) {
    return { error: `must be written out in digits, got ${quoteValue(raw)}` }
  } else if (!/^\d+$/.test(text)) {
    return { error: `expected a whole number, got ${quoteValue(raw)}` }
  }
  const value = Number(digits)
  if (!Number.isSafeInteger(value) || value > max) {
    return {
      error: `${quoteValue(raw)} is more than ${max.toLocaleString('en-GB')}, too large for one local authority`,
    }
  }
  return { value, grouped }
}

/** Why a text cell cannot be stored, or null: spreadsheets run cells starting = + - @ as formulas. */
function textProblem(value: string): string | null {
  if (/^[=+\-@\t\r]/.test(value)) {
    return `starts with ${quoteValue(value[0]!)}, which a spreadsheet would run as a formula: ${quoteValue(value)}`
  }
  if (/[\r\n]/.test(value)) return 'contains a line break'
  if (value.length > MAX_TEXT) return `is longer than ${MAX_TEXT} characters`
  return null
}

/**
 * Checks a population CSV completely, without touching any store: every problem in every row is
 * reported, and rows are returned only when there are none (one bad row refuses the whole file).
 */
export function validatePopulationCsv(
  content: Uint8Array | string,
  options: PopulationImportOptions,
): PopulationValidation {
  const decoded = fileText(content)
  if (!decoded.ok) return fail(null, [{ row: decoded.line, field: null, message: decoded.message }])

  let records: CsvRecord[]
  try {
    records = readCsvRecords(decoded.text)
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error
    return fail(null, [{ row: error.line, field: null, message: error.message }])
  }
  const blank = (r: CsvRecord) => r.fields.every((f) => f.trim() === '')
  const headerRecord = records.find((r) => !blank(r))
  if (!headerRecord) return fail(null, [{ row: null, field: null, message: 'The file is empty.' }])
  if (headerRecord.line !== 1) {
    return fail(null, [
      { row: headerRecord.line, field: null, message: 'the header must be on the first line' },
    ])
  }
  const dataRecords = records.filter((r) => r !== headerRecord && !blank(r))
  const blankLines = records.length - dataRecords.length - 1

  const header = detectShape(headerRecord.fields)
  if (!header.ok) return fail(null, header.problems)
  const { shape, columns } = header.detected
  if (dataRecords.length === 0) {
    return fail(shape, [
      { row: null, field: null, message: 'The file has a header row but no data rows.' },
    ])
  }
  if (dataRecords.length > MAX_DATA_ROWS) {
    return fail(shape, [
      {
        row: null,
        field: null,
        message: `The file has ${dataRecords.length.toLocaleString('en-GB')} data rows; the limit is ${MAX_DATA_ROWS.toLocaleString('en-GB')}.`,
      },
    ])
  }
  if (columns.year === undefined && options.midYear === undefined) {
    return fail(shape, [
      {
        row: null,
        field: 'mid_year',
        message: `a file in the ${SHAPES[shape].label} shape has no year column: give the mid-year it describes (--mid-year 2025 on the command line)`,
      },
    ])
  }
  return checkRows(dataRecords, headerRecord.fields, header.detected, options, blankLines)
}

function checkRows(
  records: CsvRecord[],
  header: readonly string[],
  { shape, columns }: DetectedShape,
  options: PopulationImportOptions,
  blankLines: number,
): PopulationValidation {
  const problems: ImportProblem[] = []
  const warnings: ImportProblem[] = []
  const byCode = new Map(options.areas.map((a) => [a.code, a]))
  const codeByNameKey = new Map(options.areas.map((a) => [nameKey(a.name), a.code]))
  const colName = (index: number | undefined, fallback: string) =>
    index === undefined ? fallback : (header[index] ?? fallback).trim()

  // (code, year) → the figures gathered so far and the rows they came from.
  type Cell = {
    age0?: number
    age1?: number
    allAges: number | null
    rows: Partial<Record<'age0' | 'age1' | 'cell', number>>
  }
  const cells = new Map<string, Cell>()
  const order: string[] = []
  const failedCells = new Set<string>()
  let grouped = 0
  let aggregates = 0
  let otherAges = 0

  for (const record of records) {
    const row = record.line
    const problem = (column: number | undefined, fallback: string, message: string) =>
      problems.push({ row, field: colName(column, fallback), message })
    if (record.fields.length !== header.length) {
      problems.push({
        row,
        field: null,
        message: `expected ${header.length} fields as in the header, found ${record.fields.length}`,
      })
      continue
    }
    const get = (index: number | undefined) =>
      index === undefined ? '' : (record.fields[index] ?? '')
    const before = problems.length

    for (const role of ['code', 'name', 'geography'] as const) {
      const text = textProblem(get(columns[role]))
      if (text) problem(columns[role], role, text)
    }
    if (problems.length > before) continue

    const rawCode = get(columns.code).trim()
    if (AGGREGATE_PREFIXES.some((p) => rawCode.toUpperCase().startsWith(p))) {
      aggregates++
      continue
    }
    let area = byCode.get(rawCode)
    if (!area) {
      const upper = byCode.get(rawCode.toUpperCase())
      if (rawCode === '') problem(columns.code, 'area_code', 'is blank; an area code is required')
      else if (upper) problem(columns.code, 'area_code', `must be in capitals: ${upper.code}`)
      else if (!/^[A-Z]\d{8}$/.test(rawCode))
        problem(
          columns.code,
          'area_code',
          `${quoteValue(rawCode)} is not a GSS code (a capital letter and 8 digits, e.g. E06000008)`,
        )
      else
        problem(
          columns.code,
          'area_code',
          `${rawCode} is not one of the ${byCode.size} local authority codes in use since April 2023 (codes retired in boundary changes are not accepted)`,
        )
      area = undefined
    }

    const rawName = get(columns.name).trim()
    if (area && rawName !== '' && nameKey(rawName) !== nameKey(area.name)) {
      const [a, b] = [nameKey(rawName), nameKey(area.name)]
      const other = codeByNameKey.get(a)
      if (other && other !== area.code) {
        problem(
          columns.name,
          'area_name',
          `${quoteValue(rawName)} is the name of ${other}, not of ${area.code} (${area.name}); the code and name disagree`,
        )
      } else if (!a.includes(b) && !b.includes(a)) {
        warnings.push({
          row,
          field: colName(columns.name, 'area_name'),
          message: `${quoteValue(rawName)} differs from our name for ${area.code}, ${quoteValue(area.name)}; the code was used`,
        })
      }
    }

    let year = options.midYear ?? NaN
    if (columns.year !== undefined) {
      const raw = get(columns.year).trim()
      if (!/^\d{4}$/.test(raw)) {
        problem(columns.year, 'mid_year', `expected a year such as 2025, got ${quoteValue(raw)}`)
        year = NaN
      } else {
        year = Number(raw)
        if (options.midYear !== undefined && year !== options.midYear) {
          problem(
            columns.year,
            'mid_year',
            `${year} differs from the mid-year given with the file (${options.midYear})`,
          )
        }
      }
    }
    if (!Number.isNaN(year)) {
      const yearField = columns.year
      if (year < MIN_MID_YEAR || year > MAX_MID_YEAR) {
        problem(
          yearField,
          'mid_year',
          `${year} is outside the years that can be imported (${MIN_MID_YEAR} to ${MAX_MID_YEAR})`,
        )
        year = NaN
      } else if (options.sourceDate && `${year}-06-30` > options.sourceDate) {
        problem(
          yearField,
          'mid_year',
          `mid-${year} (30 June ${year}) is after the source's date ${options.sourceDate}; only estimates can be imported, not projections`,
        )
        year = NaN
      }
    }

    const count = (index: number | undefined, fallback: string, max: number) => {
      const parsed = parseCount(get(index), max)
      if ('error' in parsed) {
        problem(index, fallback, parsed.error)
        return null
      }
      if (parsed.grouped) grouped++
      return parsed.value
    }

    if (shape === 'long') {
      const rawAge = get(columns.age).trim()
      const age = /^\d{1,3}\+?$/.test(rawAge) ? parseInt(rawAge, 10) : NaN
      if (Number.isNaN(age) || age > 120) {
        problem(
          columns.age,
          'age',
          `expected an age in whole years (0 or 1), got ${quoteValue(rawAge)}`,
        )
        continue
      }
      if (age > 1) {
        otherAges++
        continue
      }
      const value = count(columns.count, 'count', MAX_AGE_COUNT)
      if (!area) continue
      const key = `${area.code}|${year}`
      if (problems.length > before) {
        // Its partner row is not then reported as incomplete: one problem, one message.
        failedCells.add(key)
        continue
      }
      const cell = cells.get(key) ?? { allAges: null, rows: {} }
      const slot = age === 0 ? 'age0' : 'age1'
      const earlier = cell.rows[slot]
      if (earlier !== undefined) {
        problem(columns.age, 'age', `repeats row ${earlier}: ${area.code}, mid-${year}, age ${age}`)
        continue
      }
      if (!cells.has(key)) {
        cells.set(key, cell)
        order.push(key)
      }
      cell[slot] = value ?? undefined
      cell.rows[slot] = row
    } else {
      const age0 = count(columns.age0, 'age_0', MAX_AGE_COUNT)
      const age1 = count(columns.age1, 'age_1', MAX_AGE_COUNT)
      // all_ages and under_2 are optional, in the header and in each row.
      const optional = (index: number | undefined, fallback: string, max: number) =>
        index === undefined || get(index).trim() === '' ? null : count(index, fallback, max)
      const allAges = optional(columns.allAges, 'all_ages', MAX_ALL_AGES)
      const under2 = optional(columns.under2, 'under_2', 2 * MAX_AGE_COUNT)
      if (problems.length > before || !area || age0 === null || age1 === null) continue
      if (under2 !== null && under2 !== age0 + age1) {
        problem(columns.under2, 'under_2', `${under2} is not age 0 + age 1 (${age0 + age1})`)
      }
      if (allAges !== null && allAges < age0 + age1) {
        problem(
          columns.allAges,
          'all_ages',
          `${allAges} is fewer than the babies under 2 in the same row (${age0 + age1})`,
        )
      }
      const key = `${area.code}|${year}`
      const earlier = cells.get(key)
      if (earlier) {
        problem(
          columns.code,
          'area_code',
          `repeats row ${earlier.rows.cell}: ${area.code}, mid-${year}`,
        )
        continue
      }
      if (problems.length > before) continue
      cells.set(key, { age0, age1, allAges, rows: { cell: row } })
      order.push(key)
    }
  }

  if (shape === 'long') {
    for (const key of order) {
      const cell = cells.get(key)!
      const [code, year] = key.split('|')
      if (failedCells.has(key)) continue
      if (cell.rows.age0 === undefined || cell.rows.age1 === undefined) {
        const [has, lacks] = cell.rows.age0 === undefined ? [1, 0] : [0, 1]
        problems.push({
          row: (cell.rows.age0 ?? cell.rows.age1)!,
          field: colName(columns.age, 'age'),
          message: `${code}, mid-${year} has an age ${has} row but no age ${lacks} row; both are needed`,
        })
      }
    }
  }

  if (problems.length) return fail(shape, problems)
  if (cells.size === 0) {
    return fail(shape, [
      {
        row: null,
        field: null,
        message:
          'The file has no local authority rows (only areas above local authorities or other ages).',
      },
    ])
  }

  const rows: PopulationImportRow[] = order.map((key) => {
    const cell = cells.get(key)!
    const [laCode, year] = key.split('|') as [string, string]
    return {
      laCode,
      midYear: Number(year),
      age0: cell.age0!,
      age1: cell.age1!,
      allAges: cell.allAges,
    }
  })
  return {
    ok: true,
    shape,
    rows,
    recordCount: records.length,
    notes: notesFor({ grouped, aggregates, otherAges, blankLines }),
    warnings,
    summary: readySummary(rows, byCode.size, shape),
  }
}

function notesFor(n: {
  grouped: number
  aggregates: number
  otherAges: number
  blankLines: number
}) {
  const notes: string[] = []
  if (n.grouped)
    notes.push(
      `${n.grouped} figures had thousands separators (e.g. "1,234") and were read as whole numbers.`,
    )
  if (n.aggregates)
    notes.push(
      `${n.aggregates} rows for areas above local authorities (UK, countries, regions, counties) were skipped.`,
    )
  if (n.otherAges) notes.push(`${n.otherAges} rows for ages other than 0 and 1 were skipped.`)
  if (n.blankLines) notes.push(`${n.blankLines} blank lines were skipped.`)
  return notes
}

function readySummary(rows: PopulationImportRow[], areaCount: number, shape: ShapeId): string {
  const years = [...new Set(rows.map((r) => r.midYear))].sort()
  const perYear = years.map((y) => {
    const n = rows.filter((r) => r.midYear === y).length
    return `mid-${y} for ${n} of ${areaCount} local authorities`
  })
  return `Ready to import ages 0 and 1 (${SHAPES[shape].label} shape): ${perYear.join('; ')}.`
}
