import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ScenarioSettings } from '../domain/scenario'
import { runScenario, summariseArea } from '../engine'
import { CODES, makeFixture } from '../engine/test-fixture'
import { parse } from 'csv-parse/sync'
import {
  areaExportTables,
  bookTables,
  contentDisposition,
  csvNumber,
  escapeText,
  exportFileName,
  mainTable,
  packageFiles,
  scenarioExportTables,
  TABLE_COLUMNS,
  TABLE_GUIDE,
  tidyColumns,
  tidyCsv,
  type CellValue,
  type DataPackage,
  type ExportBook,
  type ExportMeta,
  type ExportTable,
  type TableName,
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

/** Every CSV of a book's ZIP, read back with csv-parse (not our own reader). */
function parsedTables(book: ExportBook, m: ExportMeta = meta()) {
  return packageFiles(book, m)
    .filter((f) => f.path.endsWith('.csv'))
    .map((f) => ({ path: f.path, text: f.text, rows: parse(f.text, { bom: false }) as string[][] }))
}

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/

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

describe('tidyCsv', () => {
  const table: ExportTable = {
    name: 'cost',
    title: 'Cost',
    source: 'Model',
    columns: [
      { name: 'area_name', header: 'Name', unit: null, format: 'text' },
      { name: 'cost_gbp', header: 'Cost', unit: 'GBP', format: 'gbp' },
    ],
    rows: [
      ['Bristol, City of', 1234.5],
      ['Say "hi"', -5],
      ['=x', null],
    ],
  }

  it('writes one header row of names, the rows, and provenance in every row; CRLF, no BOM', () => {
    expect(tidyCsv(table, meta())).toBe(
      'area_name,cost_gbp,source,licence,data_version,model_version,exported_on\r\n' +
        '"Bristol, City of",1234.5,Model,Open Government Licence v3.0,seed-test,1.0.0,2026-11-23\r\n' +
        '"Say ""hi""",-5,Model,Open Government Licence v3.0,seed-test,1.0.0,2026-11-23\r\n' +
        "'=x,,Model,Open Government Licence v3.0,seed-test,1.0.0,2026-11-23\r\n",
    )
  })

  it('keeps a row-level source column instead of adding one', () => {
    const own: ExportTable = {
      ...table,
      columns: [...table.columns, { name: 'source', header: 'Source', unit: null, format: 'text' }],
      rows: [['A', 1, 'Row source']],
    }
    const [header, row] = parse(tidyCsv(own, meta())) as string[][]
    expect(header).toEqual([
      'area_name',
      'cost_gbp',
      'source',
      'licence',
      'data_version',
      'model_version',
      'exported_on',
    ])
    expect(row![2]).toBe('Row source')
  })

  it('parses back cell for cell with a real CSV parser, rectangular, no text cell starting a formula (10,000 runs)', () => {
    const cell = fc.oneof(
      nasty,
      fc.double(),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constant(null),
    )
    const rows = fc.array(fc.tuple(nasty, cell), { maxLength: 4 })
    fc.assert(
      fc.property(nasty, rows, (source, cells) => {
        const t: ExportTable = {
          name: 't',
          title: 't',
          source,
          columns: [
            { name: 'label', header: 'Label', unit: null, format: 'text' },
            { name: 'n', header: 'n', unit: 'GBP', format: 'number' },
          ],
          rows: cells as CellValue[][],
        }
        const parsed = parse(tidyCsv(t, meta()), { relaxColumnCount: false }) as string[][]
        expect(parsed[0]).toEqual(tidyColumns(t).map((c) => c.name))
        expect(parsed.slice(1)).toEqual(
          cells.map(([text, value]) => [
            escapeText(text),
            value === null
              ? ''
              : typeof value === 'number'
                ? csvNumber(value, 'number')
                : escapeText(value),
            escapeText(source),
            'Open Government Licence v3.0',
            'seed-test',
            '1.0.0',
            '2026-11-23',
          ]),
        )
        for (const field of parsed.flat()) {
          if (startsWithTrigger(field)) expect(field).toMatch(NUMBER)
        }
      }),
      { numRuns: 10_000 },
    )
    // Ten thousand runs: seconds alone, longer when the whole suite shares the cores.
  }, 30_000)
})

describe('area and scenario workbooks', () => {
  const areaBook = () => areaExportTables(summariseArea(makeFixture(), CODES.hb1)!, meta())
  const scenarioBook = () => {
    const settings: ScenarioSettings = { scope: CODES.hb1 }
    return scenarioExportTables(runScenario(makeFixture(), settings), meta(), { settings })
  }

  it.each([
    ['area', areaBook],
    ['scenario', scenarioBook],
  ])(
    '%s: every table is one rectangular CSV with unique snake_case names and provenance',
    (_, make) => {
      const book = make()
      const names = bookTables(book).map((t) => t.name)
      expect(new Set(names).size).toBe(names.length)
      for (const { path, rows } of parsedTables(book)) {
        const [header, ...body] = rows
        expect(header, path).toBeDefined()
        expect(new Set(header).size, path).toBe(header!.length)
        for (const name of header!) expect(name, path).toMatch(SNAKE)
        for (const name of ['source', 'licence', 'data_version', 'model_version', 'exported_on'])
          expect(header, path).toContain(name)
        for (const row of body) expect(row, path).toHaveLength(header!.length)
        const at = (row: string[], name: string) => row[header!.indexOf(name)]
        for (const row of body) {
          expect(at(row, 'data_version'), path).toBe('seed-test')
          expect(at(row, 'model_version'), path).toBe('1.0.0')
          expect(at(row, 'exported_on'), path).toBe('2026-11-23')
          expect(at(row, 'source'), path).not.toBe('')
        }
      }
    },
  )

  it('an area: population by mid-year first, then coverage, authorities, teams and the metadata tables', () => {
    const book = areaBook()
    expect(book.fileStem).toBe(`area-${CODES.hb1}`)
    expect(book.sheets.map((s) => s.name)).toEqual(['Data', 'Areas', 'Teams', 'Metadata'])
    expect(bookTables(book).map((t) => t.name)).toEqual([
      'population',
      'coverage_today',
      'local_authorities',
      'teams',
      'about',
      'assumptions',
      'sources',
    ])
    expect(mainTable(book).name).toBe('population')
    const tables = Object.fromEntries(parsedTables(book).map((t) => [t.path, t.rows]))
    expect(tables['population.csv']![0]!.slice(0, 7)).toEqual([
      'area_code',
      'area_name',
      'mid_year',
      'aged_0',
      'aged_1',
      'under_2',
      'every_authority_estimated',
    ])
    const about = tables['about.csv']!.map((r) => r.slice(0, 2).join('='))
    expect(about).toContain('Licence=Open Government Licence v3.0')
    expect(about).toContain(
      'Attribution=Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right.',
    )
    expect(about).toContain('Data version=seed-test: Test data')
    const assumptions = tables['assumptions.csv']!
    const mark = assumptions[0]!.indexOf('mark_meaning')
    expect(assumptions.map((r) => r[mark])).toContain('Assumption (not from a source)')
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
    expect(bookTables(book).map((t) => t.name)).toEqual([
      'years',
      'staff_by_band',
      'headline',
      'authority_years',
      'deprivation_years',
      'about',
      'settings',
      'assumptions',
      'sources',
    ])
    const metadata = book.sheets[2]!.tables
    const settingsTable = metadata.find((t) => t.name === 'settings')!
    expect(settingsTable.rows).toContainEqual(['Annual budget cap (GBP)', '500000', 'Board limit'])
    expect(settingsTable.rows).toContainEqual(['Strategy', 'mixed (default)', ''])
    expect(settingsTable.rows.at(-1)).toEqual([
      'Settings as given (JSON)',
      JSON.stringify(settings),
      '',
    ])
    const assumptions = metadata.find((t) => t.name === 'assumptions')!
    const need = assumptions.rows.find((r) => r[0] === 'needRate')!
    expect(need[2]).toBe(0.09)
    expect(need[3]).toBe(0.07)
    expect(need.at(-1)).toBe('Local audit says 9%')
    const years = mainTable(book)
    expect(years.name).toBe('years')
    expect(years.rows).toHaveLength(result.years.length)
    expect(years.columns.find((c) => c.name === 'cost_gbp')).toMatchObject({
      header: 'Cost',
      unit: 'GBP',
      format: 'gbp',
    })
  })

  it('a scenario carries the money, the deprivation groups and each local need rate with its reason', () => {
    const data = makeFixture()
    const settings: ScenarioSettings = {
      scope: CODES.nation,
      overrides: { [CODES.alpha]: { needRate: 0.1, needReason: 'Local audit: 10% of births' } },
    }
    const result = runScenario(data, settings)
    const book = scenarioExportTables(result, meta(), { settings })
    const table = (name: TableName) => bookTables(book).find((t) => t.name === name)!
    const cell = (t: ExportTable, row: CellValue[], name: string) =>
      row[t.columns.findIndex((c) => c.name === name)]

    const years = table('years')
    result.years.forEach((y, i) => {
      expect(cell(years, years.rows[i]!, 'cost_real_gbp')).toBe(y.costReal)
      expect(cell(years, years.rows[i]!, 'cost_present_value_gbp')).toBe(y.costPresentValue)
      expect(cell(years, years.rows[i]!, 'new_families_supported')).toBe(y.newFamiliesSupported)
      expect(cell(years, years.rows[i]!, 'existing_teams_cost_gbp')).toBe(y.existingCost)
      expect(cell(years, years.rows[i]!, 'total_cost_gbp')).toBe(y.cost + y.existingCost)
    })
    const headline = table('headline').rows
    expect(headline).toContainEqual([
      'Total cost of new provision, cash (GBP)',
      '',
      result.money.totalNominal,
    ])
    expect(headline).toContainEqual([
      'Running cost of existing teams, cash (GBP)',
      '',
      result.money.existingNominal,
    ])
    expect(headline.map((r) => r[0])).toContainEqual(expect.stringMatching(/^Present value at/))

    const authorities = table('authority_years')
    const alpha = authorities.rows.filter((r) => r[0] === CODES.alpha)
    expect(alpha).toHaveLength(result.years.length)
    expect(cell(authorities, alpha[0]!, 'need_rate_override')).toBe(0.1)
    expect(cell(authorities, alpha[0]!, 'need_rate_reason')).toBe('Local audit: 10% of births')
    const bravo = authorities.rows.find((r) => r[0] === CODES.bravo)!
    expect(cell(authorities, bravo, 'need_rate_override')).toBeNull()

    const groups = table('deprivation_years')
    expect(groups.rows).toHaveLength(result.byDeprivation.length * result.years.length)
    const needBy = (fy: string) =>
      groups.rows
        .filter((r) => cell(groups, r, 'financial_year') === fy)
        .reduce((sum, r) => sum + Number(cell(groups, r, 'need')), 0)
    // The quintiles share out the scope's need, year by year.
    for (const y of result.years) expect(needBy(y.fy)).toBeCloseTo(y.need, 6)
  })

  it('names, team names and rationale with formula text are escaped in every CSV cell (200 runs)', () => {
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
          for (const { rows } of parsedTables(book)) {
            for (const field of rows.flat()) {
              if (startsWithTrigger(field)) expect(field).toMatch(NUMBER)
            }
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('the column reference', () => {
  it('every table of both books uses its listed columns, and the guide covers every table', () => {
    const data = makeFixture()
    const settings: ScenarioSettings = { scope: CODES.alpha }
    const tables = [
      ...bookTables(areaExportTables(summariseArea(data, CODES.alpha)!, meta())),
      ...bookTables(scenarioExportTables(runScenario(data, settings), meta(), { settings })),
    ]
    for (const table of tables) {
      expect(table.columns, table.name).toBe(TABLE_COLUMNS[table.name as TableName])
      for (const row of table.rows) expect(row, table.name).toHaveLength(table.columns.length)
    }
    expect(new Set(tables.map((t) => t.name))).toEqual(new Set(Object.keys(TABLE_COLUMNS)))
    expect(TABLE_GUIDE.map((g) => g.name).sort()).toEqual(Object.keys(TABLE_COLUMNS).sort())
  })
})

describe('datapackage.json', () => {
  it('lists every CSV of the ZIP with its columns, types, units, source, licence and the versions', () => {
    const data = makeFixture()
    const book = areaExportTables(summariseArea(data, CODES.alpha)!, meta())
    const files = packageFiles(book, meta())
    expect(files.map((f) => f.path)).toEqual([
      'population.csv',
      'coverage_today.csv',
      'local_authorities.csv',
      'teams.csv',
      'neighbours.csv',
      'about.csv',
      'assumptions.csv',
      'sources.csv',
      'datapackage.json',
    ])
    const descriptor = JSON.parse(files.at(-1)!.text) as DataPackage
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: `coverage2030-area-${CODES.alpha.toLowerCase()}`,
      created: '2026-11-23T10:00:00.000Z',
      licenses: [{ name: 'OGL-UK-3.0', title: 'Open Government Licence v3.0' }],
      sources: [{ title: 'ONS mid-year estimates', publisher: 'ONS' }],
      coverage2030: { modelVersion: '1.0.0', dataVersion: { id: 'seed-test' } },
    })
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/)
    const csvs = files.filter((f) => f.path.endsWith('.csv'))
    expect(descriptor.resources.map((r) => r.path)).toEqual(csvs.map((f) => f.path))
    const types = new Set(['string', 'number', 'integer', 'boolean', 'year'])
    for (const resource of descriptor.resources) {
      const csv = csvs.find((f) => f.path === resource.path)!
      const [header] = parse(csv.text) as string[][]
      expect(
        resource.schema.fields.map((f) => f.name),
        resource.path,
      ).toEqual(header)
      for (const field of resource.schema.fields) expect(types, field.name).toContain(field.type)
      expect(resource).toMatchObject({ profile: 'tabular-data-resource', encoding: 'utf-8' })
      expect(resource.sources[0]!.title).not.toBe('')
      expect(resource.licenses[0]!.title).toMatch(/Open Government Licence v3\.0/)
    }
    const population = descriptor.resources[0]!.schema.fields
    expect(population.find((f) => f.name === 'mid_year')).toMatchObject({ type: 'year' })
    expect(population.find((f) => f.name === 'under_2')).toMatchObject({
      type: 'integer',
      unit: 'people',
      title: 'Under 2 (people)',
    })
    expect(population.find((f) => f.name === 'every_authority_estimated')).toMatchObject({
      type: 'boolean',
      trueValues: ['yes'],
      falseValues: ['no'],
    })
    const coverage = descriptor.resources[1]!.schema.fields.find((f) => f.name === 'coverage')!
    expect(coverage.description).toContain('fraction from 0 to 1')
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
