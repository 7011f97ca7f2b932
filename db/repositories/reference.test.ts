import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OGL } from '../../shared/domain/provenance'
import { createTestDb } from '../../tests/helpers/test-db'
import type { Database } from '../schema'
import { listAssumptions } from './assumptions'
import { listBirthsHistory, listNationalBirths, listProjections } from './births'
import { listSources } from './sources'

let db: Kysely<Database>

beforeAll(async () => {
  db = await createTestDb()
})
afterAll(async () => {
  await db.destroy()
})

describe('reference repositories', () => {
  it('lists sources with title, publisher, date, licence and attribution', async () => {
    const sources = await listSources(db)
    expect(sources.length).toBeGreaterThanOrEqual(11)
    // The 11 files of ../shared/data (the teams register and research notes are not OGL).
    const datasets = sources.filter((s) => s.licence === OGL)
    expect(datasets).toHaveLength(11)
    for (const s of datasets) {
      expect(s.attribution, s.id).toMatch(/Office for National Statistics|Crown copyright/)
    }
  })

  it('lists assumptions with provenance: mark, source, date and licence', async () => {
    for (const a of await listAssumptions(db)) {
      expect(['S', 'I', 'A', 'U']).toContain(a.mark)
      expect(a.source.length, a.key).toBeGreaterThan(5)
      expect(a.date.length, a.key).toBeGreaterThan(0)
      expect(a.licence.length, a.key).toBeGreaterThan(0)
    }
  })

  it('returns births history for the authorities asked for, oldest period first', async () => {
    const rows = await listBirthsHistory(db, ['E06000001'])
    expect(rows).toHaveLength(18)
    expect(rows[0]).toEqual({ laCode: 'E06000001', periodStart: 2001, births: 1017 })
    expect(await listBirthsHistory(db, [])).toEqual([])
  })

  it('sums abolished districts into their successor (Cumberland)', async () => {
    const [first] = await listBirthsHistory(db, ['E06000063'])
    // Allerdale 858 + Carlisle 931 + Copeland 652 in 2001/02.
    expect(first?.births).toBe(2441)
  })

  it('returns England and Wales live births for 2019 to 2024', async () => {
    const rows = await listNationalBirths(db)
    expect(rows.map((r) => [r.calendarYear, r.liveBirths])).toEqual([
      [2019, 640370],
      [2020, 613936],
      [2021, 624828],
      [2022, 605479],
      [2023, 591072],
      [2024, 594677],
    ])
  })

  it('keeps both national projections, the 2020-based one as default', async () => {
    const series = await listProjections(db)
    expect(series.map((s) => [s.id, s.isDefault])).toEqual([
      ['npp2020-england-principal', true],
      ['npp2018-england-principal', false],
    ])
    expect(series[1]?.points).toHaveLength(27)
  })
})
