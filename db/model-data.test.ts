import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ASSUMPTION_KEYS, assumptionValues } from '../shared/domain/assumptions'
import { HEALTH_BODY_COUNTS, NATIONS } from '../shared/domain/geography'
import type { ModelData } from '../shared/domain/model-data'
import { BANDS } from '../shared/domain/pay'
import { createTestDb, testStore } from '../tests/helpers/test-db'
import { migrateToLatest } from './migrate'
import { loadModelData } from './model-data'
import { openDb } from './open-db'
import { seedIfEmpty } from './seed'
import type { Database } from './schema'
import { loadSeedBundle } from './seed-bundle'

let data: ModelData
let db: Kysely<Database>

beforeAll(async () => {
  db = await createTestDb()
  data = await loadModelData(db)
})
afterAll(() => db.destroy())

describe('loadModelData', () => {
  it('names the current data version and observed mid-years 2019 to 2024', () => {
    expect(data.dataVersion).toBe(loadSeedBundle().manifest.dataVersion)
    expect(data.dataVersion).toMatch(/^seed-2026-12-03-[0-9a-f]{8}$/)
    expect(data.observedMidYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
  })

  it('returns the four nations and every health body of each type', () => {
    expect(data.nations).toEqual(NATIONS.map((n) => ({ code: n.code, name: n.name })))
    for (const [type, count] of Object.entries(HEALTH_BODY_COUNTS)) {
      expect(
        data.healthBodies.filter((h) => h.type === type),
        type,
      ).toHaveLength(count)
    }
  })

  it('returns 361 authorities ordered by code, consistent with the types', () => {
    const bodies = new Set(data.healthBodies.map((h) => h.code))
    const codes = data.las.map((la) => la.code)
    expect(codes).toEqual([...codes].sort())
    expect(codes).toHaveLength(361)
    for (const la of data.las) {
      expect(la.age0, la.code).toHaveLength(6)
      expect(la.age1, la.code).toHaveLength(6)
      expect(la.healthBodies.length, la.code).toBeGreaterThan(0)
      for (const h of la.healthBodies) expect(bodies.has(h.code), `${la.code} ${h.code}`).toBe(true)
      const shares = la.healthBodies.map((h) => h.share)
      expect(shares, la.code).toEqual([...shares].sort((a, b) => b - a))
      expect(la.region === null, la.code).toBe(la.nation !== 'E92000001')
      expect(typeof la.familyHubs).toBe('boolean')
      expect(la.centroid.lat).toBeGreaterThan(49)
      for (const n of la.neighbours) expect(codes).toContain(n.code)
    }
  })

  it('gives the under-2 total at mid-2022 from the authorities', () => {
    const i = data.observedMidYears.indexOf(2022)
    const total = data.las.reduce((sum, la) => sum + (la.age0[i] ?? 0) + (la.age1[i] ?? 0), 0)
    expect(total).toBe(1_384_780)
  })

  it('lists neighbours nearest first with distance and shared border', () => {
    const bwd = data.las.find((la) => la.code === 'E06000008')!
    expect(bwd.familyHubs).toBe(true)
    expect(bwd.neighbours.length).toBeGreaterThan(2)
    const distances = bwd.neighbours.map((n) => n.distanceKm)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(bwd.neighbours[0]).toEqual({
      code: expect.any(String),
      distanceKm: expect.any(Number),
      sharedBorderKm: expect.any(Number),
    })
  })

  it('returns teams as plain TeamRecords', () => {
    expect(data.teams).toHaveLength(35)
    expect(Object.keys(data.teams[0]!).sort()).toEqual(
      [
        'id',
        'name',
        'hostOrg',
        'nation',
        'areasText',
        'laCodes',
        'establishedText',
        'establishedYear',
        'closedYear',
        'status',
        'statusText',
        'ageRange',
        'source',
        'providesCapacity',
        'teamsRepresented',
        'approximate',
        'approximationNote',
        'hubTeamId',
        'staffing',
        'fundedFrom',
        'fundedTo',
        'fundingMark',
        'fundingNote',
      ].sort(),
    )
  })

  it('returns one assumption per key with the defaults the engine relies on', () => {
    expect(data.assumptions.map((a) => a.key)).toEqual([...ASSUMPTION_KEYS])
    const values = assumptionValues(data.assumptions)
    expect(values).toMatchObject({
      needRate: 0.07,
      // 106 families a team ÷ 4 clinical WTE ÷ (1 − 10% supervision), FACTS.md §1.4 and §2.2.
      familiesPerClinicalWte: 29.44,
      supervisionShare: 0.1,
      existingTeamFamiliesPerYear: 106,
      payUplift: 0.03,
      employerNiRate: 0.15,
      employerNiThreshold: 5000,
      employerPensionRate: 0.2378,
      nonPayOverhead: 0.2,
      setupCostStandard: 30000,
      setupCostSatellite: 0,
      productivityLagMonths: 6,
      traineeProductiveMonths: 12,
      traineeTrainedMonths: 24,
      traineeCaseloadShare: 0.5,
      nationalRecruitsPerYear: 65,
      satelliteMaxDistanceKm: 50,
      satelliteTherapists: 2,
      hubMaxSatellites: 1,
      standaloneMinScale: 0.5,
      minAreaFamilies: 25,
      recruitmentSuccess: 0.9,
      birthsTrendPerYear: -0.01,
      deprivationNeedRatio: 1.5,
      gdpDeflator: 0.02,
      discountRate: 0.035,
    })
    // Derived from the same throughput as existing teams, so the two stay in step.
    expect(values.familiesPerClinicalWte).toBeCloseTo(106 / 4 / 0.9, 2)
    for (const a of data.assumptions) {
      expect(a.low, a.key).toBeLessThanOrEqual(a.value)
      expect(a.high, a.key).toBeGreaterThanOrEqual(a.value)
      expect(Object.keys(a).sort(), a.key).toEqual(
        [
          'key',
          'label',
          'description',
          'value',
          'low',
          'high',
          'unit',
          'mark',
          'source',
          'date',
        ].sort(),
      )
    }
  })

  it('returns pay for every band in 2024/25 and 2025/26, and both employer NI rules', () => {
    for (const fy of [2024, 2025]) {
      expect(data.payScales.filter((p) => p.fy === fy).map((p) => p.band)).toEqual([...BANDS])
    }
    const band6 = data.payScales.find((p) => p.band === '6' && p.fy === 2025)
    expect(band6).toMatchObject({ entry: 38682, intermediate: 40823, top: 46580 })
    expect(
      data.employerNi.map(({ fromFy, rate, threshold }) => ({ fromFy, rate, threshold })),
    ).toEqual([
      { fromFy: 2024, rate: 0.138, threshold: 9100 },
      { fromFy: 2025, rate: 0.15, threshold: 5000 },
    ])
  })

  it('returns the standard 7-WTE template and the two-therapist satellite with hub supervision', () => {
    const standard = data.templates.find((t) => t.id === 'standard')!
    expect(standard.roles.reduce((s, r) => s + r.wte, 0)).toBe(7)
    expect(standard.roles.filter((r) => r.clinical)).toHaveLength(6)
    expect(standard.hubRoles).toEqual([])
    const satellite = data.templates.find((t) => t.id === 'satellite')!
    expect(satellite.roles).toHaveLength(2)
    expect(satellite.roles.every((r) => r.band === '6' && r.wte === 1 && r.clinical)).toBe(true)
    expect(satellite.hubRoles).toEqual([
      { title: 'Clinical supervision from the hub team', band: '8a', wte: 0.2, clinical: false },
    ])
  })

  it('uses the 2020-based projection, ascending by mid-year', () => {
    expect(data.projection[0]).toEqual({
      midYear: 2021,
      births: 576019,
      age0: 575795,
      under2: 1181888,
    })
    const years = data.projection.map((p) => p.midYear)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(years).toContain(2030)
  })

  it('returns the UK team count from 27 in June 2019 to 51 in December 2025', () => {
    expect(data.teamCounts.map((p) => [p.date, p.count])).toEqual([
      ['2019-06', 27],
      ['2021-04', 40],
      ['2022-01', 39],
      ['2022-11', 40],
      ['2023-09', 45],
      ['2024-06', 46],
      ['2025-06', 49],
      ['2025-12', 51],
    ])
    expect(data.teamCounts.find((p) => p.date === '2024-06')?.mark).toBe('U')
  })
})

describe.runIf(testStore() === 'postgres')('loadModelData on PostgreSQL', () => {
  it('is exactly what SQLite gives: every figure, to the last digit', async () => {
    const sqlite = openDb(':memory:')
    await migrateToLatest(sqlite)
    await seedIfEmpty(sqlite)
    const fromSqlite = await loadModelData(sqlite, new Date('2026-12-03T12:00:00Z'))
    await sqlite.destroy()
    expect(await loadModelData(db, new Date('2026-12-03T12:00:00Z'))).toEqual(fromSqlite)
  })
})
