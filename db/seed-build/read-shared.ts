import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCsvRecords } from '../../shared/csv'

export type CsvRecord = Record<string, string>

/** Reads a CSV from the shared folder, failing with the file name when it is missing or malformed. */
export function readCsv(dir: string, file: string): CsvRecord[] {
  const path = join(dir, file)
  try {
    return parseCsvRecords(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`)
  }
}

/** A required field: a missing column is a changed source file, which must stop the build. */
export function field(record: CsvRecord, name: string): string {
  const value = record[name]
  if (value === undefined) throw new Error(`Column ${name} is missing`)
  return value
}

export function int(record: CsvRecord, name: string): number {
  const value = intOrNull(record, name)
  if (value === null) throw new Error(`Column ${name} is blank in ${JSON.stringify(record)}`)
  return value
}

export function intOrNull(record: CsvRecord, name: string): number | null {
  const text = field(record, name).trim()
  if (text === '') return null
  const value = Number(text)
  if (!Number.isInteger(value)) throw new Error(`Column ${name} is not a whole number: ${text}`)
  return value
}

export function num(record: CsvRecord, name: string): number {
  const text = field(record, name).trim()
  const value = Number(text)
  if (text === '' || !Number.isFinite(value))
    throw new Error(`Column ${name} is not a number: ${text}`)
  return value
}

export function fail(message: string): never {
  throw new Error(`Seed build: ${message}`)
}
