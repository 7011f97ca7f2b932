import type { AddressInfo } from 'node:net'
import ExcelJS from 'exceljs'
import express from 'express'
import fc from 'fast-check'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importPopulationCsv } from '../../db/import-population'
import { listPopulationCells } from '../../db/repositories/imports'
import type { Database } from '../../db/schema'
import { summariseArea } from '../../shared/engine'
import { CODES, makeFixture } from '../../shared/engine/test-fixture'
import { areaExportTables, type DataPackage, type ExportMeta } from '../../shared/export'
import { readTidyCsv, unzipText } from '../../tests/helpers/read-tidy-csv'
import { createTestDb } from '../../tests/helpers/test-db'
import { createApp } from '../app'
import { toXlsx } from '../export-xlsx'
import { createModelStore, type ModelStore } from '../model-store'
import { exportRoutes } from './exports'

const NOW = new Date('2026-11-23T09:30:00Z')
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\0']

let db: Kysely<Database>
let store: ModelStore
let base = ''
let appBase = ''
const servers: { close: () => void }[] = []

async function listen(app: express.Express) {
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  db = await createTestDb()
  store = await createModelStore(db, () => NOW)
  // The routes alone with a pinned clock, and the whole app to prove they are mounted.
  base = await listen(express().use(exportRoutes({ db, store, now: () => NOW })))
  appBase = await listen(createApp({ db, store, clientDir: '/nonexistent', log: () => undefined }))
})

afterAll(async () => {
  for (const server of servers) server.close()
  await db.destroy()
})

const scenarioUrl = (settings: unknown, ext = 'csv') =>
  `${base}/api/export/scenario.${ext}?settings=${encodeURIComponent(JSON.stringify(settings))}`

async function workbook(response: Response) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer)
  return book
}

/** Every cell of every sheet, as exceljs reads it back. */
function cells(book: ExcelJS.Workbook) {
  const all: { sheet: string; address: string; value: ExcelJS.CellValue; numFmt: string }[] = []
  book.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        all.push({
          sheet: sheet.name,
          address: cell.address,
          value: cell.value,
          numFmt: cell.numFmt,
        })
      })
    })
  })
  return all
}

describe('GET /api/export/area/:code.csv', () => {
  it("sends the area's main table, population by mid-year, as one tidy CSV with provenance in every row", async () => {
    const response = await fetch(`${base}/api/export/area/E06000008.csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="coverage2030-area-E06000008-2026-11-23.csv"; ' +
        "filename*=UTF-8''coverage2030-area-E06000008-2026-11-23.csv",
    )
    expect(response.headers.get('cache-control')).toBe('no-store')
    const { header, records } = readTidyCsv(await response.text())
    expect(header).toEqual([
      'area_code',
      'area_name',
      'mid_year',
      'aged_0',
      'aged_1',
      'under_2',
      'every_authority_estimated',
      'source',
      'licence',
      'data_version',
      'model_version',
      'exported_on',
    ])
    expect(records.length).toBeGreaterThanOrEqual(6)
    const latest = records.find((r) => r.mid_year === '2024')!
    expect(latest).toMatchObject({
      area_code: 'E06000008',
      area_name: 'Blackburn with Darwen',
      licence: 'Open Government Licence v3.0',
      data_version: store.current().dataVersion,
      exported_on: '2026-11-23',
    })
    expect(Number(latest.under_2)).toBe(Number(latest.aged_0) + Number(latest.aged_1))
  })

  it('is mounted in the app', async () => {
    const response = await fetch(`${appBase}/api/export/area/K02000001.csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="coverage2030-area-K02000001-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers 404 in JSON for an unknown area or format', async () => {
    for (const path of ['/api/export/area/E06999999.csv', '/api/export/area/E06000008.pdf']) {
      const response = await fetch(base + path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    }
    const unknown = await fetch(`${base}/api/export/area/E06999999.xlsx`)
    expect(await unknown.json()).toEqual({ error: { message: 'No area has the code E06999999' } })
  })
})

describe('GET /api/export/area/:code.zip', () => {
  it('sends every table as a tidy CSV with a datapackage.json that describes each one', async () => {
    const response = await fetch(`${base}/api/export/area/E06000008.zip`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toContain(
      'filename="coverage2030-area-E06000008-2026-11-23.zip"',
    )
    const files = unzipText(new Uint8Array(await response.arrayBuffer()))
    expect(Object.keys(files)).toEqual([
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
    const descriptor = JSON.parse(files['datapackage.json']!) as DataPackage
    expect(descriptor.created).toBe(NOW.toISOString())
    expect(descriptor.coverage2030.dataVersion.id).toBe(store.current().dataVersion)
    for (const resource of descriptor.resources) {
      const table = readTidyCsv(files[resource.path]!, resource.path)
      expect(table.header, resource.path).toEqual(resource.schema.fields.map((f) => f.name))
      for (const record of table.records) {
        expect(record.data_version, resource.path).toBe(store.current().dataVersion)
        expect(record.model_version, resource.path).toBe(descriptor.coverage2030.modelVersion)
      }
    }
    const teams = readTidyCsv(files['teams.csv']!).records
    expect(teams.length).toBeGreaterThan(0)
    for (const team of teams) expect(team.source).not.toBe('')
    const assumptions = readTidyCsv(files['assumptions.csv']!).records
    expect(assumptions.find((a) => a.key === 'needRate')).toMatchObject({
      value_used: '0.07',
      mark: expect.stringMatching(/^[SIAU]$/),
    })
  })

  it('is the same file byte for byte when made twice at the same time', async () => {
    const [a, b] = await Promise.all(
      [0, 1].map(async () =>
        Buffer.from(await (await fetch(`${base}/api/export/area/E54000048.zip`)).arrayBuffer()),
      ),
    )
    expect(a!.equals(b!)).toBe(true)
  })
})

describe('GET /api/export/area/:code.xlsx', () => {
  it('has Data, Areas, Teams and Metadata sheets with frozen headers and number formats', async () => {
    const response = await fetch(`${base}/api/export/area/E54000048.xlsx`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE)
    expect(response.headers.get('content-disposition')).toContain(
      'filename="coverage2030-area-E54000048-2026-11-23.xlsx"',
    )
    const book = await workbook(response)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Data', 'Areas', 'Teams', 'Metadata'])
    const data = book.getWorksheet('Data')!
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(data.getRow(2).values).toEqual([
      undefined,
      'Area code',
      'Area name',
      'Mid-year',
      'Aged 0 (people)',
      'Aged 1 (people)',
      'Under 2 (people)',
      'Every authority has an estimate',
    ])
    expect(data.getCell('A3').value).toBe('E54000048')
    expect(typeof data.getCell('D3').value).toBe('number')
    expect(data.getCell('D3').numFmt).toBe('#,##0')
    const areas = book.getWorksheet('Areas')!
    expect(areas.getCell('C3').numFmt).toBe('0.0%')
    expect(areas.getColumn(2).width).toBeGreaterThan(10)
    const metadata = cells(book)
      .filter((c) => c.sheet === 'Metadata')
      .map((c) => c.value)
    expect(metadata).toContain('Open Government Licence v3.0')
    expect(metadata).toContain(
      'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right.',
    )
    expect(metadata).toContain('needRate')
    expect(metadata).toContain('2026-11-23T09:30:00.000Z')
  })
})

describe('GET /api/export/scenario.csv|.xlsx?settings=', () => {
  it('runs and sends an unsaved scenario', async () => {
    const settings = { scope: 'E54000048', budgetCap: 2_000_000 }
    const csv = await fetch(scenarioUrl(settings))
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toContain(
      'filename="coverage2030-scenario-E54000048-2026-11-23.csv"',
    )
    const years = readTidyCsv(await csv.text())
    expect(years.header.slice(0, 4)).toEqual([
      'scope_code',
      'scope_name',
      'financial_year',
      'babies_under_2',
    ])
    expect(years.records[0]).toMatchObject({
      scope_code: 'E54000048',
      financial_year: expect.stringMatching(/^\d{4}\/\d\d$/),
    })

    const zip = await fetch(scenarioUrl(settings, 'zip'))
    expect(zip.status).toBe(200)
    const files = unzipText(new Uint8Array(await zip.arrayBuffer()))
    for (const [name, text] of Object.entries(files)) {
      if (name.endsWith('.csv')) readTidyCsv(text, name)
    }
    const given = readTidyCsv(files['settings.csv']!).records.find(
      (r) => r.setting === 'Settings as given (JSON)',
    )
    expect(given?.value).toBe('{"scope":"E54000048","budgetCap":2000000}')
    expect(readTidyCsv(files['staff_by_band.csv']!).header.slice(0, 3)).toEqual([
      'financial_year',
      'band',
      'wte',
    ])

    const started = performance.now()
    const xlsx = await fetch(scenarioUrl({ scope: 'K02000001' }, 'xlsx'))
    console.log(`UK scenario XLSX export: ${(performance.now() - started).toFixed(0)} ms`)
    expect(xlsx.status).toBe(200)
    const book = await workbook(xlsx)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Data', 'Areas', 'Metadata'])
    const data = book.getWorksheet('Data')!
    const costColumn = (data.getRow(2).values as unknown[]).indexOf('Cost (GBP)')
    expect(data.getRow(3).getCell(costColumn).numFmt).toBe('"£"#,##0')
    // 361 authorities × 5 years (FY2026/27 to FY2030/31), with header rows.
    expect(book.getWorksheet('Areas')!.rowCount).toBeGreaterThan(361 * 5)
  })

  it('answers 400 naming the field for bad settings, 404 for an unknown scope', async () => {
    const cases: [string, number, string][] = [
      [`${base}/api/export/scenario.csv`, 400, 'Give the scenario as ?settings=<JSON>'],
      [`${base}/api/export/scenario.csv?settings=%7Bnope`, 400, 'settings is not valid JSON.'],
      [
        scenarioUrl({ scope: 'E54000048', budgetCap: -1 }),
        400,
        'settings: budgetCap: budget cap must be more than £0',
      ],
      [scenarioUrl({ scope: 'E54000048', colour: 'red' }), 400, 'colour'],
      [scenarioUrl({ budgetCap: 1 }, 'xlsx'), 400, 'settings: scope:'],
      [scenarioUrl({ scope: 'E54999999' }), 404, 'No area has the code E54999999'],
    ]
    for (const [url, status, message] of cases) {
      const response = await fetch(url)
      expect(response.status, url).toBe(status)
      const body = (await response.json()) as { error: { message: string } }
      expect(body.error.message, url).toContain(message)
    }
  })
})

describe('GET /api/export/population.csv', () => {
  it('sends the current population in the wide import shape, which imports back unchanged', async () => {
    const response = await fetch(`${base}/api/export/population.csv`)
    expect(response.status).toBe(200)
    const text = await response.text()
    const { header, records } = readTidyCsv(text)
    expect(header).toEqual([
      'area_code',
      'area_name',
      'mid_year',
      'age_0',
      'age_1',
      'all_ages',
      'source',
      'licence',
      'data_version',
      'exported_on',
    ])
    expect(records[0]).toMatchObject({
      licence: 'Open Government Licence v3.0',
      data_version: store.current().dataVersion,
      exported_on: '2026-11-23',
    })
    const before = await listPopulationCells(db, store.current().dataVersion)
    const outcome = await importPopulationCsv(db, {
      content: text,
      fileName: 'population.csv',
      source: 'Round trip',
      date: '2026-11-23',
    })
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome))
    expect(await listPopulationCells(db, outcome.version!.id)).toEqual(before)
    await store.reload()
    expect(store.current().dataVersion).toBe(outcome.version!.id)
  })
})

describe('XLSX formula safety', () => {
  const meta: ExportMeta = {
    generatedAt: NOW.toISOString(),
    dataVersion: { id: 'v', label: 'v', date: null },
    modelVersion: '1.0.0',
    sources: [],
    assumptions: makeFixture().assumptions,
  }
  const nasty = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc
      .tuple(fc.constantFrom('', ' ', '"'), fc.constantFrom(...TRIGGERS), fc.string())
      .map(([a, b, c]) => a + b + c),
  )

  it('no text cell read back with exceljs starts with a formula character unless escaped (100 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, nasty, async (laName, teamName) => {
        const data = makeFixture()
        data.las[0]!.name = laName
        data.teams[0]!.name = teamName
        const book = new ExcelJS.Workbook()
        const buffer = await toXlsx(areaExportTables(summariseArea(data, CODES.hb1)!, meta), NOW)
        await book.xlsx.load(buffer as unknown as ArrayBuffer)
        let strings = 0
        for (const { value } of cells(book)) {
          expect(typeof value === 'object' && value !== null && 'formula' in value).toBe(false)
          if (typeof value !== 'string') continue
          strings++
          expect(
            TRIGGERS.some((t) => value.startsWith(t)),
            value,
          ).toBe(false)
        }
        expect(strings).toBeGreaterThan(20)
      }),
      { numRuns: 100 },
    )
    // About 4 s alone; the machine is shared, so allow for a busy one.
  }, 30_000)
})
