import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, validatePopulationCsv } from '../shared/import'
import { databaseChecksum, writeCount } from '../tests/helpers/db-state'
import { createTestDb } from '../tests/helpers/test-db'
import { importPopulationCsv } from './import-population'
import type { Database } from './schema'

const CORPUS = path.resolve(import.meta.dirname, '../tests/fixtures/bad-csv')

interface Expectation {
  row: number | null
  field: string | null
  /** A fragment of the first problem's message. */
  message: string
  /** How many problems in all, when more than one is expected. */
  count?: number
  /** A fragment of the formatted message (summary and list). */
  formatted?: string
  midYear?: number
  date?: string
}

const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Record<
  string,
  Expectation
>

let db: Kysely<Database>
beforeAll(async () => {
  db = await createTestDb()
})
afterAll(async () => {
  await db.destroy()
})

/** The whole database: any write, even one rolled back oddly, changes it. */
const checksum = () => databaseChecksum(db)
const totalChanges = () => writeCount(db)

async function expectRejected(content: Uint8Array | string, e: Expectation, fileName: string) {
  const before = await checksum()
  const outcome = await importPopulationCsv(db, {
    content,
    fileName,
    source: 'Malformed corpus',
    date: e.date ?? '2026-06-26',
    midYear: e.midYear,
  })
  expect(await checksum(), `${fileName}: database changed`).toBe(before)
  if (outcome.status !== 'rejected') throw new Error(`${fileName} was accepted`)
  const [first] = outcome.problems
  expect(first, fileName).toBeDefined()
  expect({ row: first!.row, field: first!.field }, fileName).toEqual({ row: e.row, field: e.field })
  expect(first!.message, fileName).toContain(e.message)
  if (e.count !== undefined) expect(outcome.problems, fileName).toHaveLength(e.count)
  else expect(outcome.problems.length, fileName).toBeGreaterThan(0)
  if (e.formatted) expect(outcome.message, fileName).toContain(e.formatted)
  expect(outcome.summary).toMatch(
    /^The file was not imported: \d+ problems?( in \d+ rows?)?\. Nothing was changed\.$/,
  )
  return outcome
}

describe('the malformed CSV corpus (tests/fixtures/bad-csv)', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.csv'))

  it('has at least 60 files, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(60)
    expect(files.sort()).toEqual(Object.keys(expected).sort())
  })

  it.each(files)('%s is refused with its message and nothing is written', async (file) => {
    const content = new Uint8Array(readFileSync(path.join(CORPUS, file)))
    await expectRejected(content, expected[file]!, file)
  })
})

describe('files too big to commit, generated here', () => {
  const row = 'E06000001,Hartlepool,2025,915,960\r\n'
  const header = 'area_code,area_name,mid_year,age_0,age_1\r\n'

  it('a 10 MB file is refused by size', async () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x41)
    await expectRejected(
      big,
      { row: null, field: null, message: 'The file is 10.0 MB; the limit is 5.0 MB.' },
      'big.csv',
    )
  })

  it('a file just over 5 MB is refused, also when sent as text', async () => {
    const text = header + row.repeat(Math.ceil(MAX_FILE_BYTES / row.length) + 1)
    await expectRejected(
      text,
      { row: null, field: null, message: 'the limit is 5.0 MB' },
      'over.csv',
    )
  })

  it('100,000 rows are refused by the row limit', async () => {
    const text = header + row.repeat(100_000)
    await expectRejected(
      text,
      { row: null, field: null, message: 'The file has 100,000 data rows; the limit is 50,000.' },
      'rows.csv',
    )
  })
})

describe('generated malformed files (fuzzing)', () => {
  const header = 'area_code,area_name,mid_year,age_0,age_1'
  const good = [
    'E06000001,Hartlepool,2025,915,960',
    'E06000002,Middlesbrough,2025,1824,1798',
    'E06000003,Redcar and Cleveland,2025,1259,1359',
  ]
  const junk = fc.oneof(
    fc.constantFrom(
      '-1',
      '1.5',
      '1e3',
      '',
      '"',
      '""',
      ',',
      ';',
      '\t',
      '=1+1',
      '@x',
      '\0',
      'x',
      'E99999999',
      '2041',
    ),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  )
  // A valid file with one cell replaced, or a line cut short, or junk inserted anywhere.
  const mutated = fc
    .tuple(
      fc.nat(good.length - 1),
      fc.nat(4),
      junk,
      fc.constantFrom('replace', 'truncate', 'insert'),
      fc.nat(60),
    )
    .map(([line, cell, value, how, at]) => {
      const rows = good.map((r) => r.split(','))
      const target = rows[line]!
      if (how === 'replace') target[cell] = value
      else if (how === 'truncate') target.length = cell
      const text = [header, ...rows.map((r) => r.join(','))].join('\r\n')
      return how === 'insert' ? text.slice(0, at) + value + text.slice(at) : text
    })

  it('never throws, and every problem names a row in the file or the whole file (10,000 runs)', () => {
    const areas = [
      { code: 'E06000001', name: 'Hartlepool' },
      { code: 'E06000002', name: 'Middlesbrough' },
      { code: 'E06000003', name: 'Redcar and Cleveland' },
    ]
    fc.assert(
      fc.property(mutated, (text) => {
        const result = validatePopulationCsv(text, { areas, sourceDate: '2026-06-26' })
        if (result.ok) return
        const lines = text.split(/\r\n|\r|\n/).length
        expect(result.problems.length).toBeGreaterThan(0)
        for (const p of result.problems) {
          if (p.row !== null) expect(p.row).toBeGreaterThanOrEqual(1)
          if (p.row !== null) expect(p.row).toBeLessThanOrEqual(lines)
          expect(p.message.length).toBeGreaterThan(5)
        }
      }),
      { numRuns: 10_000 },
    )
  })

  it('through the real import, a refused file changes no row (1,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (text) => {
        const versions = await db.selectFrom('data_versions').select('id').execute()
        const before = await totalChanges()
        const outcome = await importPopulationCsv(db, {
          content: text,
          fileName: 'fuzz.csv',
          source: 'Fuzz',
          date: '2026-06-26',
          dryRun: true,
        })
        expect(outcome.status).not.toBe('imported')
        expect(await totalChanges()).toBe(before)
        expect(await db.selectFrom('data_versions').select('id').execute()).toEqual(versions)
      }),
      { numRuns: 1_000 },
    )
  })
})
