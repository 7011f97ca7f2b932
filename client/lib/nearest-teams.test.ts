import { expect, test } from 'vitest'
import { nearestTeams } from './nearest-teams'

test('lists each neighbouring team once, at its nearest authority, nearest first, leaving out our own', () => {
  const neighbours = [
    {
      code: 'B',
      name: 'Bury',
      distanceKm: 16,
      sharedBorderKm: 4.9,
      teams: [{ id: 'gm', name: 'GM teams' }],
    },
    { code: 'H', name: 'Hyndburn', distanceKm: 9, sharedBorderKm: 10, teams: [] },
    {
      code: 'O',
      name: 'Bolton',
      distanceKm: 13,
      sharedBorderKm: 13,
      teams: [
        { id: 'gm', name: 'GM teams' },
        { id: 'own', name: 'Ours' },
      ],
    },
    {
      code: 'P',
      name: 'Blackpool',
      distanceKm: 30,
      sharedBorderKm: 0,
      teams: [{ id: 'pairs', name: 'PAIRS' }],
    },
  ]
  expect(nearestTeams(neighbours, new Set(['own']))).toEqual([
    { id: 'gm', name: 'GM teams', laCode: 'O', laName: 'Bolton', distanceKm: 13 },
    { id: 'pairs', name: 'PAIRS', laCode: 'P', laName: 'Blackpool', distanceKm: 30 },
  ])
})
