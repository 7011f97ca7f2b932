import { describe, expect, it } from 'vitest'
import type { TeamRecord } from '../../../shared/domain/model-data'
import { defaultHub, hubOptions } from './hub-options'

function team(id: string, name: string, extra: Partial<TeamRecord> = {}): TeamRecord {
  return {
    id,
    name,
    hostOrg: '',
    nation: 'E92000001',
    areasText: '',
    laCodes: [],
    establishedText: '',
    establishedYear: null,
    closedYear: null,
    status: 'operating',
    statusText: 'Operating',
    ageRange: '0-2',
    source: 'test',
    providesCapacity: true,
    teamsRepresented: 1,
    approximate: false,
    approximationNote: null,
    hubTeamId: null,
    staffing: null,
    ...extra,
  }
}

const pairs = team('blackpool-pairs', 'Blackpool PAIRS')
const satellite = team('bwd-satellite', 'Blackburn with Darwen satellite', {
  status: 'satellite',
  hubTeamId: 'blackpool-pairs',
})
const far = team('cumbria', 'Cumbria team')
const closed = team('old', 'Closed team', { status: 'closed', providesCapacity: false })
const all = [pairs, satellite, far, closed]

const la = {
  teams: [satellite],
  neighbours: [
    {
      code: 'E07000117',
      name: 'Burnley',
      distanceKm: 15,
      sharedBorderKm: 3,
      teams: [{ id: 'old', name: 'Closed team' }],
    },
    {
      code: 'E06000009',
      name: 'Blackpool',
      distanceKm: 40.4,
      sharedBorderKm: 0,
      teams: [{ id: 'blackpool-pairs', name: 'Blackpool PAIRS' }],
    },
  ],
}

describe('hubOptions', () => {
  it('lists capable neighbour teams first with distance, then the health body, never satellites or closed teams', () => {
    const options = hubOptions({
      la,
      healthBodyTeams: [pairs, far, satellite],
      healthBodyName: 'Lancs ICB',
      allTeams: all,
    })
    expect(options.map((o) => o.id)).toEqual(['blackpool-pairs', 'cumbria'])
    expect(options[0]).toMatchObject({ where: 'Blackpool, 40 km away', distanceKm: 40.4 })
    expect(options[1]).toMatchObject({ where: 'in Lancs ICB', distanceKm: null })
  })

  it('is empty where no team is near', () => {
    expect(
      hubOptions({
        la: { teams: [], neighbours: [] },
        healthBodyTeams: [],
        healthBodyName: null,
        allTeams: all,
      }),
    ).toEqual([])
  })
})

describe('defaultHub', () => {
  it('suggests the hub that already supervises a satellite here', () => {
    const options = hubOptions({
      la,
      healthBodyTeams: [far],
      healthBodyName: null,
      allTeams: all,
    }).reverse()
    expect(defaultHub(la, options)).toBe('blackpool-pairs')
  })

  it('else suggests the first (nearest) option', () => {
    const options = hubOptions({
      la: { ...la, teams: [] },
      healthBodyTeams: [far],
      healthBodyName: null,
      allTeams: all,
    })
    expect(defaultHub({ teams: [] }, options)).toBe('blackpool-pairs')
    expect(defaultHub({ teams: [] }, [])).toBeNull()
  })
})
