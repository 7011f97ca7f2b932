/**
 * Teams that could supervise a satellite in a local authority: teams providing capacity today in
 * the same health body or in a neighbouring authority (the model's rule for a satellite's hub).
 * Neighbours come first, nearest first, with their distance; the rest of the health body follows.
 */
import type { AreaSummary } from '../../../shared/domain/area-summary'
import type { TeamRecord } from '../../../shared/domain/model-data'

export interface HubOption {
  id: string
  name: string
  /** Where it works, e.g. 'Blackpool, 22 km away' or 'in Lancashire and South Cumbria ICB'. */
  where: string
  distanceKm: number | null
}

interface HubInputs {
  /** area.summary of the local authority. */
  la: Pick<AreaSummary, 'teams' | 'neighbours'>
  /** Teams of the authority's health body (area.summary of the health body), if known. */
  healthBodyTeams: readonly TeamRecord[]
  healthBodyName: string | null
  /** The teams register, to tell which neighbour teams provide capacity. */
  allTeams: readonly TeamRecord[]
}

export function hubOptions({
  la,
  healthBodyTeams,
  healthBodyName,
  allTeams,
}: HubInputs): HubOption[] {
  const byId = new Map(allTeams.map((t) => [t.id, t]))
  const capable = (id: string) =>
    byId.get(id)?.providesCapacity === true && byId.get(id)?.status !== 'satellite'
  const options = new Map<string, HubOption>()

  for (const neighbour of la.neighbours) {
    for (const team of neighbour.teams) {
      if (!capable(team.id)) continue
      const known = options.get(team.id)
      if (known && known.distanceKm !== null && known.distanceKm <= neighbour.distanceKm) continue
      options.set(team.id, {
        id: team.id,
        name: team.name,
        where: `${neighbour.name}, ${Math.round(neighbour.distanceKm)} km away`,
        distanceKm: neighbour.distanceKm,
      })
    }
  }
  const near = [...options.values()].sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0))

  const rest: HubOption[] = []
  const own = new Set(la.teams.map((t) => t.id))
  for (const team of [...healthBodyTeams].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))) {
    if (options.has(team.id) || !team.providesCapacity || team.status === 'satellite') continue
    rest.push({
      id: team.id,
      name: team.name,
      where: own.has(team.id)
        ? 'works here already'
        : `in ${healthBodyName ?? 'the same health body'}`,
      distanceKm: null,
    })
  }
  return [...near, ...rest]
}

/**
 * The hub to suggest: the one already supervising a satellite here (as Blackpool PAIRS does for
 * Blackburn with Darwen), else the nearest.
 */
export function defaultHub(
  la: Pick<AreaSummary, 'teams'>,
  options: readonly HubOption[],
): string | null {
  const current = la.teams.find((t) => t.status === 'satellite' && t.hubTeamId)?.hubTeamId
  if (current && options.some((o) => o.id === current)) return current
  return options[0]?.id ?? null
}
