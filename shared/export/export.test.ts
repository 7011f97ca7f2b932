import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ScenarioSettings } from '../domain/scenario'
import { runScenario, summariseArea } from '../engine'
import { CODES, makeFixture } from '../engine/test-fixture'
import { readCsvRecords } from '../import'
import {
  areaExportTables,
  contentDisposition,
  csvNumber,
  escapeText,
  exportFileName,
  scenarioExportTables,
  toCsv,
  type CellValue,
  type ExportBook,
  type ExportMeta,
} from '.'

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\0']
const startsWithTrigger = (text: string) => TRIGGERS.some((t) => text.startsWith(t))
/** How our own numbers are written in CSV (csvNumber): digits, optional sign and decimals. */
const NUMBER = /^-?\d+(\.\d+)?$/

const meta = (name = 'ONS mid-year estimates'): ExportMeta => ({
  generatedAt: '2026-11-23T10:00:00.000Z',
  dataVersion: { id: 'seed-test', label: 'Test data', date: '2026-11-23' },
  modelVersion: '1.0.0',
  sources: [
    {
      title: name,
      publisher: 'ONS',
      date: '2025',
      licence: 'OGL v3.0',
      attribution: 'ONS',
      url: null,
    },
  ],
  assumptions: makeFixture().assumptions,
})

/** Text biased towards what spreadsheets run: triggers, leading blanks and quotes, DDE pipes. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '"', '""', '\u00a0', '\n'),
      fc.constantFrom(...TRIGGERS, '|', '%', "'"),
      fc.string(),
    )
    .map(([a, b, c]) => a + b + c),
  fc.constantFrom('=1+1', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '+44 20', '-5', '=HYPERLINK("x")'),
)

function csvFields(book: ExportBook): string[] {
  const text = toCsv(book)
  expect(text.startsWith('\uFEFF')).toBe(true)
  return readCsvRecords(text.slice(1)).flatMap((r) => r.fields)
}

describe('escapeText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\0x', "'\0x"],
    ['  =1', "'  =1"],
    ['"=1', '\'"=1'],
    ['Blackburn with Darwen', 'Blackburn with Darwen'],
    ["'=already", "'=already"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(escapeText(input)).toBe(output)
  })
})

describe('csvNumber', () => {
  it('rounds by format and never writes -0, NaN or exponents', () => {
    expect(csvNumber(477123.456, 'gbp')).toBe('477123.46')
    expect(csvNumber(0.123456, 'share')).toBe('0.1235')
    expect(csvNumber(-5, 'number')).toBe('-5')
    expect(csvNumber(-0.0001, 'gbp')).toBe('0')
    expect(csvNumber(1e-9, 'number')).toBe('0')
    expect(csvNumber(Number.NaN, 'number')).toBe('')
    expect(csvNumber(Infinity, 'gbp')).toBe('')
    expect(csvNumber(2025, 'year')).toBe('2025')
  })
})

describe('toCsv', () => {
  it('writes blocks of title, header and rows, a blank line between, CRLF and a BOM', () => {
    const book: ExportBook = {
      fileStem: 'x',
      sheets: [
        {
          name: 'Data',
          tables: [
            {
              title: 'Cost',
              columns: [
                { header: 'Name', unit: null, format: 'text' },
                { header: 'Cost', unit: 'GBP', format: 'gbp' },
              ],
              rows: [
                ['Bristol, City of', 1234.5],
                ['Say "hi"', -5],
                [null, null],
              ],
            },
          ],
        },
        {
          name: 'Metadata',
          tables: [
            {
              title: 'About',
              columns: [{ header: 'Item', unit: null, format: 'text' }],
              rows: [['=x']],
            },
          ],
        },
      ],
    }
    expect(toCsv(book)).toBe(
      '\uFEFFCost\r\nName,Cost (GBP)\r\n"Bristol, City of",1234.5\r\n"Say ""hi""",-5\r\n,\r\n\r\nAbout\r\nItem\r\n\'=x\r\n',
    )
  })

  it('no text cell starts with a formula character unless escaped, and the CSV parses back cell for cell (10,000 runs)', () => {
    const cell = fc.oneof(
      nasty,
      fc.double(),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constant(null),
    )
    const table = fc.record({
      title: nasty,
      header: nasty,
      rows: fc.array(fc.tuple(nasty, cell), { maxLength: 4 }),
    })
    fc.assert(
      fc.property(table, ({ title, header, rows }) => {
        const book: ExportBook = {
          fileStem: 'p',
          sheets: [
            {
              name: 'Data',
              tables: [
                {
                  title,
                  columns: [
                    { header, unit: null, format: 'text' },
                    { header: 'n', unit: 'GBP', format: 'number' },
                  ],
                  rows: rows as CellValue[][],
                },
              ],
            },
          ],
        }
        const fields = csvFields(book)
        const expected = [
          escapeText(title),
          escapeText(header),
          'n (GBP)',
          ...rows.flatMap(([text, value]) => [
            escapeText(text),
            value === null
              ? ''
              : typeof value === 'number'
                ? csvNumber(value, 'number')
                : escapeText(value),
          ]),
        ]
        // Parsing back gives the same cells: RFC 4180 quoting held, nothing split or merged.
        expect(fields).toEqual(expected)
        for (const field of fields) {
          if (startsWithTrigger(field)) expect(field).toMatch(NUMBER)
        }
      }),
      { numRuns: 10_000 },
    )
  })
})

describe('area and scenario workbooks', () => {
  it('carry codes, names, years and units, and the metadata: licence, attribution, assumptions, versions', () => {
    const data = makeFixture()
    const book = areaExportTables(summariseArea(data, CODES.hb1)!, meta())
    expect(book.fileStem).toBe(`area-${CODES.hb1}`)
    expect(book.sheets.map((s) => s.name)).toEqual(['Data', 'Areas', 'Teams', 'Metadata'])
    const csv = toCsv(book)
    for (const text of [
      'Area code,Area name,Mid-year,Aged 0 (people),Aged 1 (people),Under 2 (people)',
      'Open Government Licence v3.0',
      'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right.',
      'Data version,seed-test: Test data',
      'Model version,1.0.0',
      'needRate',
      'Assumption (not from a source)',
    ]) {
      expect(csv).toContain(text)
    }
  })

  it('a scenario lists each setting as given, each assumption used, and the rationale', () => {
    const data = makeFixture()
    const settings: ScenarioSettings = {
      scope: CODES.hb1,
      budgetCap: 500_000,
      assumptions: { needRate: 0.09 },
    }
    const result = runScenario(data, settings)
    const book = scenarioExportTables(result, meta(), {
      settings,
      saved: { id: 'abc12345', name: 'Plan A', version: 3, status: 'draft' },
      rationale: { budgetCap: 'Board limit', 'a.needRate': 'Local audit says 9%' },
    })
    expect(book.fileStem).toBe('scenario-abc12345')
    expect(book.sheets.map((s) => s.name)).toEqual(['Data', 'Areas', 'Metadata'])
    const metadata = book.sheets[2]!.tables
    const settingsTable = metadata.find((t) => t.title === 'Settings')!
    expect(settingsTable.rows).toContainEqual(['Annual budget cap (GBP)', '500000', 'Board limit'])
    expect(settingsTable.rows).toContainEqual(['Strategy', 'mixed (default)', ''])
    expect(settingsTable.rows.at(-1)).toEqual([
      'Settings as given (JSON)',
      JSON.stringify(settings),
      '',
    ])
    const assumptions = metadata.find((t) => t.title === 'Assumptions used')!
    const need = assumptions.rows.find((r) => r[0] === 'needRate')!
    expect(need[2]).toBe(0.09)
    expect(need[3]).toBe(0.07)
    expect(need.at(-1)).toBe('Local audit says 9%')
    const years = book.sheets[0]!.tables[0]!
    expect(years.rows).toHaveLength(result.years.length)
    expect(years.columns.find((c) => c.header === 'Cost')).toMatchObject({
      unit: 'GBP',
      format: 'gbp',
    })
  })

  it('names, team names and rationale with formula text are escaped in every CSV cell (300 runs)', () => {
    fc.assert(
      fc.property(nasty, nasty, nasty, (laName, teamName, why) => {
        const data = makeFixture()
        data.las[0]!.name = laName
        data.teams[0]!.name = teamName
        data.teams[0]!.hostOrg = why
        const settings: ScenarioSettings = { scope: CODES.hb1 }
        const books = [
          areaExportTables(summariseArea(data, CODES.hb1)!, meta(why)),
          scenarioExportTables(runScenario(data, settings), meta(), {
            settings,
            rationale: { 'a.needRate': why, budgetCap: laName },
          }),
        ]
        for (const book of books) {
          for (const field of csvFields(book)) {
            if (startsWithTrigger(field)) expect(field).toMatch(NUMBER)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('file names', () => {
  it('are built from safe parts with the date, and encoded per RFC 6266', () => {
    const name = exportFileName('area-E06000008', new Date('2026-11-23T12:00:00Z'), 'csv')
    expect(name).toBe('coverage2030-area-E06000008-2026-11-23.csv')
    expect(exportFileName('a/../b"\r\n', new Date('2026-01-02T00:00:00Z'), 'xlsx')).toBe(
      'coverage2030-a-b--2026-01-02.xlsx',
    )
    expect(contentDisposition(name)).toBe(
      `attachment; filename="${name}"; filename*=UTF-8''${name}`,
    )
  })
})
