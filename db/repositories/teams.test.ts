import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsvRecords } from '../../shared/csv'
import { createTestDb } from '../../tests/helpers/test-db'
import type { Database } from '../schema'
import { loadSeedBundle } from '../seed-bundle'
import { listTeams, type TeamListItem } from './teams'

let db: Kysely<Database>
let teams: TeamListItem[]

beforeAll(async () => {
  db = await createTestDb()
  teams = await listTeams(db)
})
afterAll(async () => {
  await db.destroy()
})

const team = (id: string) => {
  const found = teams.find((t) => t.id === id)
  if (!found) throw new Error(`no team ${id}`)
  return found
}

describe('listTeams', () => {
  it('returns all 35 rows of the teams register, each with a source and a status', () => {
    expect(teams).toHaveLength(35)
    for (const t of teams) {
      expect(t.source.length, t.id).toBeGreaterThan(10)
      expect(t.statusText.length, t.id).toBeGreaterThan(0)
      expect(['operating', 'satellite', 'closed', 'related', 'unverified']).toContain(t.status)
      expect(t.capacityReason.length, t.id).toBeGreaterThan(10)
    }
  })

  it('keeps every row of teams.csv in its original order when ../shared is present', async () => {
    const { readFileSync, existsSync } = await import('node:fs')
    const file = new URL('../../../shared/domain/teams.csv', import.meta.url)
    if (!existsSync(file)) return
    const rows = parseCsvRecords(readFileSync(file, 'utf8'))
    expect(teams.map((t) => t.name)).toEqual(rows.map((r) => r.name))
    expect(teams.map((t) => t.source)).toEqual(rows.map((r) => r.source))
  })

  it('maps every team only to local authorities that exist', async () => {
    const codes = new Set(loadSeedBundle().geography.las.map((la) => la.code))
    for (const t of teams)
      for (const code of t.laCodes) expect(codes.has(code), `${t.id} ${code}`).toBe(true)
  })

  it('counts operating teams and the satellite as capacity, and nothing else', () => {
    for (const t of teams) {
      expect(t.providesCapacity, t.id).toBe(t.status === 'operating' || t.status === 'satellite')
      if (t.providesCapacity) expect(t.laCodes.length, t.id).toBeGreaterThan(0)
    }
    expect(teams.filter((t) => t.providesCapacity)).toHaveLength(28)
  })

  it('records the Blackburn with Darwen satellite as two band 6 therapists supervised by Blackpool PAIRS', () => {
    const satellite = team('blackburn-with-darwen-satellite')
    expect(satellite.status).toBe('satellite')
    expect(satellite.hubTeamId).toBe('blackpool-pairs')
    expect(satellite.laCodes).toEqual(['E06000008'])
    expect(satellite.staffing).toEqual([
      { title: 'Parent-infant therapist (recruit-to-train) 1', band: '6', wte: 1, clinical: true },
      { title: 'Parent-infant therapist (recruit-to-train) 2', band: '6', wte: 1, clinical: true },
    ])
  })

  it('maps area names by hand to the right authorities', () => {
    expect(team('oxpip').laCodes).toHaveLength(5)
    expect(team('dorpip').laCodes).toEqual(['E06000059'])
    expect(team('norpip').laCodes).toEqual(['E06000061', 'E06000062'])
    expect(team('nhs-ggc-imhs').laCodes).toHaveLength(6)
    expect(team('tayside-imh').laCodes).toEqual(['S12000041', 'S12000042', 'S12000048'])
    expect(team('greater-manchester-localities').laCodes).toHaveLength(6)
    expect(team('tameside-glossop-eas').laCodes).toEqual(['E07000037', 'E08000008'])
    expect(team('abc-pip').laCodes).toEqual(['N09000007', 'N09000011'])
  })

  it('flags partial and placeholder mappings as approximate with a note', () => {
    for (const id of [
      'lambeth-pairs',
      'bradford-little-minds-matter',
      'greater-manchester-localities',
      'epip',
    ]) {
      expect(team(id).approximate, id).toBe(true)
      expect(team(id).approximationNote, id).toBeTruthy()
    }
    for (const t of teams) expect(t.approximate, t.id).toBe(t.approximationNote !== null)
  })

  it('records NorPIP as closed in 2021 and parses established years only where clear', () => {
    expect(team('norpip')).toMatchObject({
      status: 'closed',
      closedYear: 2021,
      establishedYear: 2011,
    })
    expect(team('oxpip').establishedYear).toBe(1998)
    expect(team('newpip').establishedYear).toBe(2016)
    expect(team('brightpip').establishedYear).toBeNull()
    expect(team('st-helens-babs').establishedYear).toBeNull()
    expect(team('croydon-best-start-pip').establishedYear).toBeNull()
  })
})
