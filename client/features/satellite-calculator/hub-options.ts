/**
 * Teams that could supervise a satellite in a local authority, as the model decides it (the
 * area summary's hubs: within the travel limit, funded this year, nearest first), each saying
 * how far it is and whether it has a place left under the limit on satellites per hub.
 */
import type { AreaSummary } from '../../../shared/domain/area-summary'

export interface HubOption {
  id: string
  name: string
  /** Where it works, e.g. 'Blackpool, 40 km away; 1 place left'. */
  where: string
  distanceKm: number
  /** False when it already supervises as many satellites as the model allows. */
  hasPlace: boolean
}

type HubInputs = Pick<AreaSummary, 'teams' | 'hubs' | 'hubRule'>

/** The register satellite already working here, if any, and its hub. */
function ownSatelliteHub(la: Pick<AreaSummary, 'teams'>): string | null {
  return la.teams.find((t) => t.status === 'satellite' && t.hubTeamId)?.hubTeamId ?? null
}

export function hubOptions(la: HubInputs): HubOption[] {
  const own = ownSatelliteHub(la)
  return la.hubs.map((h) => {
    // This authority's own satellite holds one of its hub's places: costing it again is fine.
    const places = h.placesLeft + (h.id === own ? 1 : 0)
    const distance = h.distanceKm < 0.5 ? 'works here' : `${Math.round(h.distanceKm)} km away`
    const room =
      places > 0
        ? `${places} ${places === 1 ? 'place' : 'places'} left`
        : `no place left: it supervises ${la.hubRule.maxSatellites} already`
    return {
      id: h.id,
      name: h.name,
      where: `${h.laName}, ${distance}; ${room}`,
      distanceKm: h.distanceKm,
      hasPlace: places > 0,
    }
  })
}

/**
 * The hub to suggest: the one already supervising a satellite here (as Blackpool PAIRS does for
 * Blackburn with Darwen), else the nearest with a place, else the nearest.
 */
export function defaultHub(
  la: Pick<AreaSummary, 'teams'>,
  options: readonly HubOption[],
): string | null {
  const current = ownSatelliteHub(la)
  if (current && options.some((o) => o.id === current)) return current
  return (options.find((o) => o.hasPlace) ?? options[0])?.id ?? null
}
