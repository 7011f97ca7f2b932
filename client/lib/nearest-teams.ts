/** Teams in neighbouring authorities, as candidates to supervise a satellite. */
import type { NeighbourRow } from '../../shared/domain/area-summary'

export interface NearTeam {
  id: string
  name: string
  laCode: string
  laName: string
  distanceKm: number
}

/** Teams working in neighbouring authorities, each once at its nearest, nearest first. */
export function nearestTeams(neighbours: NeighbourRow[], ownTeamIds: Set<string>): NearTeam[] {
  const best = new Map<string, NearTeam>()
  for (const n of neighbours) {
    for (const team of n.teams) {
      if (ownTeamIds.has(team.id)) continue
      const current = best.get(team.id)
      if (!current || n.distanceKm < current.distanceKm) {
        best.set(team.id, {
          id: team.id,
          name: team.name,
          laCode: n.code,
          laName: n.name,
          distanceKm: n.distanceKm,
        })
      }
    }
  }
  return [...best.values()].sort((a, b) => a.distanceKm - b.distanceKm)
}
