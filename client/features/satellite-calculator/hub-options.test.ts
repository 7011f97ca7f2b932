import { describe, expect, it } from 'vitest'
import type { AreaSummary } from '../../../shared/domain/area-summary'
import type { TeamRecord } from '../../../shared/domain/model-data'
import { defaultHub, hubOptions } from './hub-options'

const satellite = {
  id: 'bwd-satellite',
  name: 'Blackburn with Darwen satellite',
  status: 'satellite',
  hubTeamId: 'blackpool-pairs',
} as TeamRecord

const rule = { maxKm: 50, maxSatellites: 1 }
const hubs: AreaSummary['hubs'] = [
  {
    id: 'blackpool-pairs',
    name: 'Blackpool PAIRS',
    laName: 'Blackpool',
    distanceKm: 40.4,
    placesLeft: 0,
  },
  { id: 'lancs', name: 'Lancashire team', laName: 'Preston', distanceKm: 44.6, placesLeft: 1 },
]

describe('hubOptions', () => {
  it('lists the model’s hubs nearest first with distance and places left', () => {
    const options = hubOptions({ teams: [], hubs, hubRule: rule })
    expect(options.map((o) => o.id)).toEqual(['blackpool-pairs', 'lancs'])
    expect(options[0]).toMatchObject({
      where: 'Blackpool, 40 km away; no place left: it supervises 1 already',
      hasPlace: false,
    })
    expect(options[1]).toMatchObject({ where: 'Preston, 45 km away; 1 place left', hasPlace: true })
  })

  it('gives back the place this authority’s own satellite holds', () => {
    const options = hubOptions({ teams: [satellite], hubs, hubRule: rule })
    expect(options[0]).toMatchObject({
      hasPlace: true,
      where: 'Blackpool, 40 km away; 1 place left',
    })
  })

  it('is empty where no hub is in reach', () => {
    expect(hubOptions({ teams: [], hubs: [], hubRule: rule })).toEqual([])
  })
})

describe('defaultHub', () => {
  it('suggests the hub that already supervises a satellite here', () => {
    const options = hubOptions({ teams: [satellite], hubs, hubRule: rule }).reverse()
    expect(defaultHub({ teams: [satellite] }, options)).toBe('blackpool-pairs')
  })

  it('else suggests the nearest with a place, else the nearest', () => {
    const options = hubOptions({ teams: [], hubs, hubRule: rule })
    expect(defaultHub({ teams: [] }, options)).toBe('lancs')
    expect(defaultHub({ teams: [] }, options.slice(0, 1))).toBe('blackpool-pairs')
    expect(defaultHub({ teams: [] }, [])).toBeNull()
  })
})
