import { expect, test } from 'vitest'
import type { TeamRecord } from './model-data'
import { registerCounts } from './register-counts'

const team = (overrides: Partial<TeamRecord>): TeamRecord => ({
  id: 't',
  name: 'T',
  hostOrg: '',
  nation: null,
  areasText: '',
  laCodes: [],
  establishedText: '',
  establishedYear: 2018,
  closedYear: null,
  status: 'operating',
  statusText: '',
  ageRange: '',
  source: '',
  providesCapacity: true,
  fundedFrom: null,
  fundedTo: null,
  fundingMark: 'A',
  fundingNote: '',
  teamsRepresented: 1,
  approximate: false,
  approximationNote: null,
  hubTeamId: null,
  staffing: null,
  ...overrides,
})

test('counts teams started by each year and not closed before it, as many as each row stands for', () => {
  const counts = registerCounts(
    [
      team({}),
      team({ establishedYear: 2021, teamsRepresented: 3 }),
      team({ status: 'closed', closedYear: 2022, providesCapacity: false }),
      team({ status: 'related' }),
      team({ status: 'unverified' }),
      team({ establishedYear: null }),
    ],
    2024,
  )
  expect(counts.years.map((p) => p.count)).toEqual([2, 2, 5, 5, 4, 4])
  expect(counts.years.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
  expect(counts.undated).toBe(1)
})
