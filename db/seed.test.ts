import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../tests/helpers/test-db'
import { migrateToLatest } from './migrate'
import { openDb } from './open-db'
import type { Database } from './schema'
import { seedIfEmpty } from './seed'
import { loadSeedBundle } from './seed-bundle'

let db: Kysely<Database>

beforeAll(async () => {
  db = await createTestDb()
})
afterAll(async () => {
  await db.destroy()
})

async function under2ByNation(midYear: number) {
  const rows = await db
    .selectFrom('population as p')
    .innerJoin('local_authorities as la', 'la.code', 'p.la_code')
    .select(['la.nation_code', sql<number>`sum(p.age0 + p.age1)`.as('under2')])
    .where('p.mid_year', '=', midYear)
    .groupBy('la.nation_code')
    .execute()
  return Object.fromEntries(rows.map((r) => [r.nation_code, r.under2]))
}

describe('the seeded population', () => {
  it('sums to exactly 1,384,780 babies under two in the UK at mid-2022', async () => {
    const byNation = await under2ByNation(2022)
    expect(Object.values(byNation).reduce((a, b) => a + b, 0)).toBe(1_384_780)
  })

  it('matches each nation’s published under-2 total at mid-2022', async () => {
    expect(await under2ByNation(2022)).toEqual({
      E92000001: 1_188_871,
      W92000004: 57_923,
      S92000003: 94_824,
      N92000002: 43_162,
    })
  })

  it('has no Scotland or Northern Ireland estimates for mid-2023 and mid-2024, and all others', async () => {
    const rows = await db
      .selectFrom('population as p')
      .innerJoin('local_authorities as la', 'la.code', 'p.la_code')
      .select(['la.nation_code', 'p.mid_year', 'p.age0', 'p.age1'])
      .execute()
    for (const r of rows) {
      const missing = r.mid_year >= 2023 && ['S92000003', 'N92000002'].includes(r.nation_code)
      expect(r.age0 === null, `${r.nation_code} ${r.mid_year}`).toBe(missing)
      expect(r.age1 === null, `${r.nation_code} ${r.mid_year}`).toBe(missing)
    }
    expect(rows).toHaveLength(361 * 6)
  })
})

describe('the seeded geography', () => {
  it('has 361 local authorities: 296 in England, 22 in Wales, 32 in Scotland and 11 in Northern Ireland', async () => {
    const rows = await db
      .selectFrom('local_authorities')
      .select(['nation_code', sql<number>`count(*)`.as('n')])
      .groupBy('nation_code')
      .execute()
    expect(Object.fromEntries(rows.map((r) => [r.nation_code, r.n]))).toEqual({
      E92000001: 296,
      W92000004: 22,
      S92000003: 32,
      N92000002: 11,
    })
  })

  it('has 42 ICBs, 14 health boards, 7 local health boards and 5 HSC trusts', async () => {
    const rows = await db
      .selectFrom('health_bodies')
      .select(['type', sql<number>`count(*)`.as('n')])
      .groupBy('type')
      .execute()
    expect(Object.fromEntries(rows.map((r) => [r.type, r.n]))).toEqual({
      ICB: 42,
      'Health board': 14,
      'Local health board': 7,
      'HSC trust': 5,
    })
  })

  it('gives every ICB its ODS code and a GSS code', async () => {
    const icbs = await db
      .selectFrom('health_bodies')
      .selectAll()
      .where('type', '=', 'ICB')
      .execute()
    for (const icb of icbs) {
      expect(icb.code).toMatch(/^E54\d{6}$/)
      expect(icb.nhs_code).toMatch(/^Q[A-Z0-9]{2}$/)
    }
  })

  it('rolls every authority up to exactly one nation, through health bodies of that nation', async () => {
    const rows = await db
      .selectFrom('la_health_bodies as lh')
      .innerJoin('local_authorities as la', 'la.code', 'lh.la_code')
      .innerJoin('health_bodies as hb', 'hb.code', 'lh.health_body_code')
      .select(['la.code', 'la.nation_code as laNation', 'hb.nation_code as hbNation'])
      .execute()
    for (const r of rows) expect(r.hbNation, r.code).toBe(r.laNation)
  })

  it('gives every authority health-body shares that sum to 1', async () => {
    const rows = await db
      .selectFrom('local_authorities as la')
      .leftJoin('la_health_bodies as lh', 'lh.la_code', 'la.code')
      .select([
        'la.code',
        sql<number>`sum(lh.share)`.as('total'),
        sql<number>`count(lh.share)`.as('n'),
      ])
      .groupBy('la.code')
      .execute()
    expect(rows).toHaveLength(361)
    for (const r of rows) expect(Math.abs(r.total - 1), r.code).toBeLessThan(1e-9)
    expect(rows.filter((r) => r.n > 1).map((r) => r.code)).toHaveLength(13)
  })

  it('marks the authorities of exactly 75 Family Hubs upper tiers', async () => {
    const tiers = await db
      .selectFrom('upper_tiers')
      .select('name')
      .where('family_hubs', '=', 1)
      .execute()
    expect(tiers).toHaveLength(75)
    expect(tiers.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'Bristol, City of',
        'County Durham',
        'Bedford',
        'Kingston upon Hull, City of',
      ]),
    )
    const kentDistricts = await db
      .selectFrom('local_authorities as la')
      .innerJoin('upper_tiers as ut', 'ut.code', 'la.upper_tier_code')
      .select('la.code')
      .where('ut.name', '=', 'Kent')
      .execute()
    expect(kentDistricts.length).toBe(12)
  })

  it('lists neighbours in both directions', async () => {
    const missing = await sql<{ n: number }>`
      select count(*) as n from la_neighbours a
      where not exists (select 1 from la_neighbours b
        where b.la_code = a.neighbour_code and b.neighbour_code = a.la_code)`.execute(db)
    expect(missing.rows[0]?.n).toBe(0)
    const total = await db
      .selectFrom('la_neighbours')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirst()
    expect(total?.n).toBe(1818)
  })

  it('sums births history to current authorities for 2001/02 to 2018/19', async () => {
    const rows = await db
      .selectFrom('births_history')
      .select([
        'period_start',
        sql<number>`sum(births)`.as('births'),
        sql<number>`count(*)`.as('n'),
      ])
      .groupBy('period_start')
      .orderBy('period_start')
      .execute()
    expect(rows.map((r) => r.period_start)).toEqual(Array.from({ length: 18 }, (_, i) => 2001 + i))
    expect(rows.every((r) => r.n === 361)).toBe(true)
    expect(rows.at(-1)?.births).toBe(721_685) // UK 2018/19 (SOURCES.md checks)
  })
})

describe('seedIfEmpty', () => {
  it('does nothing when the database already has a data version', async () => {
    const before = await db
      .selectFrom('population')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirst()
    expect(await seedIfEmpty(db)).toBe(false)
    const after = await db
      .selectFrom('population')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirst()
    expect(after).toEqual(before)
    const versions = await db.selectFrom('data_versions').selectAll().execute()
    expect(versions).toHaveLength(1)
    expect(versions[0]?.id).toBe(loadSeedBundle().manifest.dataVersion)
  })

  it('seeds an empty database in well under 3 seconds', async () => {
    const fresh = openDb(':memory:')
    await migrateToLatest(fresh)
    loadSeedBundle()
    const started = performance.now()
    expect(await seedIfEmpty(fresh)).toBe(true)
    const elapsed = performance.now() - started
    await fresh.destroy()
    expect(elapsed).toBeLessThan(3000)
  })

  it('writes nothing when any row is rejected', async () => {
    const fresh = openDb(':memory:')
    await migrateToLatest(fresh)
    const good = loadSeedBundle()
    const bad = {
      ...good,
      teams: { ...good.teams, teamCounts: [{ ...good.teams.teamCounts[0]!, count: -1 }] },
    }
    await expect(seedIfEmpty(fresh, bad)).rejects.toThrow(/Seeding the database failed.*CHECK/)
    const versions = await fresh.selectFrom('data_versions').selectAll().execute()
    const las = await fresh.selectFrom('local_authorities').selectAll().execute()
    await fresh.destroy()
    expect(versions).toEqual([])
    expect(las).toEqual([])
  })
})
