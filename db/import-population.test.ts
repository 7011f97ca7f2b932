import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { populationCsv } from '../shared/export'
import { runScenario } from '../shared/engine'
import { databaseChecksum, failInserts } from '../tests/helpers/db-state'
import { createTestDb, testStore } from '../tests/helpers/test-db'
import { importPopulationCsv, type PopulationImportInput } from './import-population'
import { loadModelData } from './model-data'
import { sqliteHandle } from './open-db'
import {
  ImportWriteError,
  listDataVersions,
  listPopulationCells,
  setCurrentDataVersion,
  UnknownDataVersionError,
} from './repositories/imports'
import type { Database } from './schema'

let db: Kysely<Database>
beforeEach(async () => {
  db = await createTestDb()
})
afterEach(async () => {
  await db.destroy()
})

const META = { fileName: 'mid-2025.csv', source: 'ONS mid-2025 estimates', date: '2026-06-26' }
const run = (content: string | Uint8Array, extra: Partial<PopulationImportInput> = {}) =>
  importPopulationCsv(db, { ...META, content, ...extra })

const checksum = () => databaseChecksum(db)

/** A full wide file for mid-2025: every authority, figures made from its code. */
async function fullYearFile(year = 2025) {
  const las = await db
    .selectFrom('local_authorities')
    .select(['code', 'name'])
    .orderBy('code')
    .execute()
  const lines = las.map(
    (la, i) => `${la.code},"${la.name}",${year},${1000 + i},${1100 + i},${90_000 + i}`,
  )
  return { las, csv: ['area_code,area_name,mid_year,age_0,age_1,all_ages', ...lines].join('\r\n') }
}

describe('a good file', () => {
  it('becomes a new current data version; the previous one is kept unchanged', async () => {
    const seed = (await listDataVersions(db))[0]!
    const seedCells = await listPopulationCells(db, seed.id)
    const { las, csv } = await fullYearFile()

    const started = performance.now()
    const outcome = await run(csv)
    const ms = performance.now() - started
    console.log(`import of ${las.length} authorities × 1 mid-year: ${ms.toFixed(0)} ms`)
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome))
    expect(outcome.cells).toBe(361)
    expect(outcome.summary).toBe(
      'Ready to import ages 0 and 1 (wide shape): mid-2025 for 361 of 361 local authorities.',
    )

    const versions = await listDataVersions(db)
    expect(versions.map((v) => [v.id, v.current])).toEqual([
      [seed.id, false],
      [outcome.version!.id, true],
    ])
    const imported = versions[1]!
    expect(imported).toMatchObject({
      label: 'ONS mid-2025 estimates (2026-06-26)',
      source: 'ONS mid-2025 estimates',
      date: '2026-06-26',
      import: {
        previousVersionId: seed.id,
        kind: 'population',
        shape: 'wide',
        fileName: 'mid-2025.csv',
        recordCount: 361,
        cellCount: 361,
        midYears: [2025],
        importedBy: null,
      },
    })
    expect(imported.id).toMatch(/^import-2026-06-26-[0-9a-f]{8}$/)
    expect(imported.import!.sha256).toBe(createHash('sha256').update(csv).digest('hex'))

    // The old version is untouched; the new one is the old plus mid-2025.
    expect(await listPopulationCells(db, seed.id)).toEqual(seedCells)
    const cells = await listPopulationCells(db, imported.id)
    expect(cells.filter((c) => c.midYear !== 2025)).toEqual(seedCells)
    expect(cells.filter((c) => c.midYear === 2025)).toHaveLength(361)
    expect(cells.find((c) => c.code === las[0]!.code && c.midYear === 2025)).toMatchObject({
      age0: 1000,
      age1: 1100,
      allAges: 90_000,
    })

    // The model now has mid-2025 as an observed year, and the engine runs on it.
    const data = await loadModelData(db)
    expect(data.dataVersion).toBe(imported.id)
    expect(data.observedMidYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    // With the clock in FY2025/26, whose mid-year the file now gives.
    const result = runScenario({ ...data, currentFy: 2025 }, { scope: 'K02000001' })
    const fy2025 = result.years.find((y) => y.fyStart === 2025)!
    const expectedUnder2 = las.reduce((sum, _, i) => sum + 2100 + 2 * i, 0)
    expect(fy2025.babiesUnder2).toBeCloseTo(expectedUnder2, 6)
  })

  it('replaces an existing mid-year cell by cell, leaving authorities not in the file as they were', async () => {
    const seed = (await listDataVersions(db))[0]!
    const before = await listPopulationCells(db, seed.id)
    const outcome = await run(
      'area_code,area_name,mid_year,age,count\r\nE06000001,Hartlepool,2024,0,1\r\nE06000001,Hartlepool,2024,1,2\r\n',
    )
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome))
    const after = await listPopulationCells(db, outcome.version!.id)
    const changed = after.filter((c, i) => JSON.stringify(c) !== JSON.stringify(before[i]))
    // The long shape has no all-ages column, so the replaced cell has none.
    expect(changed).toEqual([
      { code: 'E06000001', name: 'Hartlepool', midYear: 2024, age0: 1, age1: 2, allAges: null },
    ])
  })

  it('accepts an ONS MYE2 table as published: BOM, aggregates, thousands separators, other ages', async () => {
    const csv =
      '\uFEFFCode,Name,Geography,All ages,0,1,2,90+\n' +
      'K04000001,ENGLAND AND WALES,Country,"61,806,682",601329,622020,5,7\n' +
      'E12000001,NORTH EAST,Region,"2,760,678",25050,25791,5,7\n' +
      'E06000001,Hartlepool,Unitary Authority,"98,180",947,988,990,12\n' +
      'E06000023,"Bristol, City of",Unitary Authority,"494,383","5,592","5,704",1,1\n' +
      'W06000001,Ynys Môn,Unitary Authority,"69,000",500,520,1,1\n'
    const outcome = await run(csv, { midYear: 2024, dryRun: true })
    if (outcome.status !== 'checked') throw new Error(JSON.stringify(outcome))
    expect(outcome.cells).toBe(3)
    expect(outcome.notes).toEqual([
      '5 figures had thousands separators (e.g. "1,234") and were read as whole numbers.',
      '2 rows for areas above local authorities (UK, countries, regions, counties) were skipped.',
    ])
    // A different spelling is accepted with a warning; the code decides.
    expect(outcome.warnings).toEqual([
      {
        row: 6,
        field: 'Name',
        message:
          '"Ynys Môn" differs from our name for W06000001, "Isle of Anglesey"; the code was used',
      },
    ])
  })

  it('accepts Windows, Unix and old Mac line ends alike', async () => {
    const rows = ['area_code,mid_year,age_0,age_1', 'E06000001,2025,1,2', 'E06000002,2025,3,4']
    const counts = []
    for (const eol of ['\r\n', '\n', '\r']) {
      const outcome = await run(rows.join(eol) + eol, { dryRun: true })
      counts.push(outcome.status === 'checked' ? outcome.cells : outcome)
    }
    expect(counts).toEqual([2, 2, 2])
  })

  it('a dry run checks everything and writes nothing', async () => {
    const before = await checksum()
    const { csv } = await fullYearFile()
    const outcome = await run(csv, { dryRun: true })
    expect(outcome).toMatchObject({ status: 'checked', cells: 361, version: null })
    expect(await checksum()).toBe(before)
  })
})

describe('what is refused besides the rows', () => {
  it('the same file twice: the second time points at the version it made', async () => {
    const { csv } = await fullYearFile()
    const first = await run(csv)
    const before = await checksum()
    const second = await run(csv)
    expect(second.status).toBe('rejected')
    expect(second.status === 'rejected' && second.message).toContain(
      `already imported as data version ${first.status === 'imported' && first.version!.id}`,
    )
    expect(await checksum()).toBe(before)
  })

  it('a publication date in the future is refused', async () => {
    const outcome = await run('area_code,mid_year,age_0,age_1\r\nE06000001,2025,1,2\r\n', {
      date: '2999-01-01',
    })
    expect(outcome.status === 'rejected' && outcome.message).toContain(
      'column "date": the date is in the future',
    )
  })

  it('missing or bad details name the field', async () => {
    const outcome = await run('area_code,mid_year,age_0,age_1\r\nE06000001,2025,1,2\r\n', {
      source: ' ',
      date: '2026-02-30',
    })
    expect(outcome.status === 'rejected' && outcome.problems).toEqual([
      { row: null, field: 'source', message: 'give the source' },
      { row: null, field: 'date', message: 'the date is not a real calendar date' },
    ])
  })
})

describe('switching data versions', () => {
  it('makes an earlier version current again, and back', async () => {
    const seed = (await listDataVersions(db))[0]!
    const { csv } = await fullYearFile()
    const outcome = await run(csv)
    const imported = outcome.status === 'imported' ? outcome.version! : null
    expect((await setCurrentDataVersion(db, seed.id)).current).toBe(true)
    expect((await loadModelData(db)).observedMidYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
    expect((await setCurrentDataVersion(db, imported!.id)).current).toBe(true)
    expect((await loadModelData(db)).dataVersion).toBe(imported!.id)
    await expect(setCurrentDataVersion(db, 'nope')).rejects.toBeInstanceOf(UnknownDataVersionError)
    expect((await listDataVersions(db)).filter((v) => v.current)).toHaveLength(1)
  })
})

describe('round trip', () => {
  it('export the population, import it again: identical figures in a new data version', async () => {
    const seed = (await listDataVersions(db))[0]!
    const cells = await listPopulationCells(db, seed.id)
    const csv = populationCsv(cells, {
      source: seed.label,
      dataVersion: seed.id,
      exportedOn: '2026-11-23',
    })
    const outcome = await run(csv, { fileName: 'population.csv', date: '2026-11-23' })
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome))
    // Scotland and Northern Ireland have no 2023–24 estimates; those cells are left out and kept.
    expect(outcome.cells).toBe(cells.filter((c) => c.age0 !== null && c.age1 !== null).length)
    expect(outcome.version!.id).not.toBe(seed.id)
    expect(await listPopulationCells(db, outcome.version!.id)).toEqual(cells)
    const [before, after] = [seed.id, outcome.version!.id]
    expect(before).not.toBe(after)
  })
})

describe('a failure during the import', () => {
  it('rolls everything back with a generic error; the same import then goes through', async () => {
    const { csv } = await fullYearFile()
    const before = await checksum()
    // The import record is written after the new version and every population row.
    const removeFault = await failInserts(db, 'data_imports', 'simulated fault')
    const caught = await run(csv).catch((error: unknown) => error)
    await removeFault()
    expect(caught).toBeInstanceOf(ImportWriteError)
    expect((caught as Error).message).toBe(
      'The import could not be saved, so nothing was changed. Please try again later.',
    )
    expect(String((caught as Error).cause)).toMatch(/simulated fault/)
    expect(await await checksum()).toBe(before)
    expect(await listDataVersions(db)).toHaveLength(1)
    expect((await run(csv)).status).toBe('imported')
  })

  it.skipIf(testStore() !== 'sqlite')(
    'a full disk rolls everything back; integrity_check is ok',
    async () => {
      const sqlite = sqliteHandle(db)
      const { csv } = await fullYearFile()
      const before = await checksum()
      const pages = sqlite.pragma('page_count', { simple: true }) as number
      // Room for a few pages only: the copy of the population runs out part-way.
      sqlite.pragma(`max_page_count = ${pages + 4}`)
      let caught: unknown
      try {
        await run(csv)
      } catch (error) {
        caught = error
      }
      sqlite.pragma('max_page_count = 4294967294')
      expect(caught).toBeInstanceOf(ImportWriteError)
      expect((caught as Error).message).toBe(
        'The import could not be saved, so nothing was changed. Please try again later.',
      )
      expect(String((caught as Error).cause)).toMatch(/full/i)
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(sqlite.pragma('foreign_key_check')).toEqual([])
      expect(await checksum()).toBe(before)
      expect(await listDataVersions(db)).toHaveLength(1)
      // And the database still takes the same import once there is room.
      expect((await run(csv)).status).toBe('imported')
    },
  )
})
