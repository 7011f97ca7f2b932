import type { ModelData, ProjectionPoint, TeamRecord } from '../domain/model-data'
import { BANDS, type Band } from '../domain/pay'
import { assert } from './assert'
import { haversineKm } from './geo-distance'
import type { ResolvedScope } from './scope'

/** A team that can supervise a satellite, seen from one authority. */
export interface HubCandidate {
  team: number
  /** The hub team's authority nearest to this one. */
  la: number
  distanceKm: number
}

/**
 * Lookups derived from one ModelData snapshot. Built once per snapshot (WeakMap below)
 * so that repeated scenario runs, e.g. Monte Carlo draws, pay for them only once.
 */
export interface ModelIndex {
  laByCode: Map<string, number>
  hbByCode: Map<string, number>
  nationByCode: Map<string, number>
  upperTiers: Map<string, { name: string; las: number[] }>
  /** Authorities of each health body with the share of each inside it. */
  lasByHb: { index: number; share: number }[][]
  lasByNation: number[][]
  /** Health body holding the largest share of each authority. */
  primaryHb: Int32Array
  /** Known authority indices of each team (unknown codes dropped). */
  teamLas: number[][]
  /** Every register team touching each authority, whatever its status. */
  teamsByLa: number[][]
  /** Teams that count as providing capacity and are mapped to at least one authority. */
  capacityTeams: number[]
  /** Capacity-providing teams that cannot be placed on the map. */
  unmappedCapacityTeams: TeamRecord[]
  /** Per authority, capacity teams serving it. */
  capacityTeamsByLa: number[][]
  /** Per authority, possible hub teams, nearest first (see hubsInReach for the rule). */
  hubCandidates: HubCandidate[][]
  /** Teams that may be hubs. */
  hubTeams: number[]
  /** For each register satellite, the index of the team supervising it (-1 for other rows). */
  hubOfTeam: Int32Array
  projectionByMidYear: Map<number, ProjectionPoint>
  projectionMin: number
  projectionMax: number
  /** Index into observedMidYears of the last non-null age 0 (births proxy), or -1. */
  lastAge0: Int32Array
  /** Index of the last mid-year with both age 0 and age 1 published, or -1. */
  lastUnder2: Int32Array
  /** Latest observed mid-year among all authorities. */
  latestObservedMidYear: number
  bandIndex: Map<Band, number>
  /** Rank of each authority in name order, so results sort without locale compares. */
  laNameRank: Int32Array
  scopeCache: Map<string, ResolvedScope | null>
}

const cache = new WeakMap<ModelData, ModelIndex>()

export function modelIndex(data: ModelData): ModelIndex {
  let index = cache.get(data)
  if (!index) {
    index = buildIndex(data)
    cache.set(data, index)
  }
  return index
}

/** A team is a possible hub when it provides capacity itself and is not a satellite. */
export function isHubTeam(team: TeamRecord): boolean {
  return team.providesCapacity && team.status !== 'satellite' && team.hubTeamId === null
}

function buildIndex(data: ModelData): ModelIndex {
  const nLa = data.las.length
  const laByCode = new Map(data.las.map((la, i) => [la.code, i]))
  const hbByCode = new Map(data.healthBodies.map((hb, i) => [hb.code, i]))
  const nationByCode = new Map(data.nations.map((n, i) => [n.code as string, i]))

  const upperTiers = new Map<string, { name: string; las: number[] }>()
  const lasByHb: { index: number; share: number }[][] = data.healthBodies.map(() => [])
  const lasByNation: number[][] = data.nations.map(() => [])
  const primaryHb = new Int32Array(nLa)
  data.las.forEach((la, i) => {
    const ut = upperTiers.get(la.upperTier.code) ?? { name: la.upperTier.name, las: [] }
    ut.las.push(i)
    upperTiers.set(la.upperTier.code, ut)
    const nation = nationByCode.get(la.nation)
    assert(nation !== undefined, `authority ${la.code} has unknown nation ${la.nation}`)
    lasByNation[nation]!.push(i)
    assert(la.healthBodies.length > 0, `authority ${la.code} has no health body`)
    let best = -1
    let bestShare = -1
    for (const { code, share } of la.healthBodies) {
      const hb = hbByCode.get(code)
      assert(hb !== undefined, `authority ${la.code} has unknown health body ${code}`)
      if (share > 0) lasByHb[hb]!.push({ index: i, share })
      if (share > bestShare) {
        best = hb
        bestShare = share
      }
    }
    primaryHb[i] = best
  })

  const teamLas = data.teams.map((t) => {
    const known: number[] = []
    for (const code of t.laCodes) {
      const i = laByCode.get(code)
      if (i !== undefined && !known.includes(i)) known.push(i)
    }
    return known
  })
  const teamsByLa: number[][] = data.las.map(() => [])
  const capacityTeamsByLa: number[][] = data.las.map(() => [])
  const capacityTeams: number[] = []
  const unmappedCapacityTeams: TeamRecord[] = []
  data.teams.forEach((team, t) => {
    const las = teamLas[t]!
    for (const i of las) teamsByLa[i]!.push(t)
    if (!team.providesCapacity || team.status === 'closed') return
    if (las.length === 0) {
      unmappedCapacityTeams.push(team)
      return
    }
    capacityTeams.push(t)
    for (const i of las) capacityTeamsByLa[i]!.push(t)
  })

  const hubTeams = capacityTeams.filter((t) => isHubTeam(data.teams[t]!))
  const hubCandidates = buildHubCandidates(data, laByCode, teamLas, hubTeams)
  const teamById = new Map(data.teams.map((t, i) => [t.id, i]))
  const hubOfTeam = Int32Array.from(data.teams, (t) =>
    t.hubTeamId === null ? -1 : (teamById.get(t.hubTeamId) ?? -1),
  )

  const projectionByMidYear = new Map<number, ProjectionPoint>()
  for (const p of data.projection) projectionByMidYear.set(p.midYear, p)
  const midYears = [...projectionByMidYear.keys()]
  assert(midYears.length > 0, 'the national projection is empty')

  const lastAge0 = new Int32Array(nLa).fill(-1)
  const lastUnder2 = new Int32Array(nLa).fill(-1)
  let latestObserved = -Infinity
  data.las.forEach((la, i) => {
    for (let k = 0; k < data.observedMidYears.length; k++) {
      if (la.age0[k] != null) lastAge0[i] = k
      if (la.age0[k] != null && la.age1[k] != null) lastUnder2[i] = k
    }
    const k = lastUnder2[i]!
    if (k >= 0) latestObserved = Math.max(latestObserved, data.observedMidYears[k]!)
  })

  return {
    laByCode,
    hbByCode,
    nationByCode,
    upperTiers,
    lasByHb,
    lasByNation,
    primaryHb,
    teamLas,
    teamsByLa,
    capacityTeams,
    unmappedCapacityTeams,
    capacityTeamsByLa,
    hubCandidates,
    hubTeams,
    hubOfTeam,
    projectionByMidYear,
    projectionMin: Math.min(...midYears),
    projectionMax: Math.max(...midYears),
    lastAge0,
    lastUnder2,
    latestObservedMidYear: latestObserved,
    bandIndex: new Map(BANDS.map((b, i) => [b, i])),
    laNameRank: nameRanks(data),
    scopeCache: new Map(),
  }
}

function buildHubCandidates(
  data: ModelData,
  laByCode: Map<string, number>,
  teamLas: number[][],
  hubs: number[],
): HubCandidate[][] {
  return data.las.map((la, i) => {
    // Published neighbour distances are preferred to straight lines where they exist.
    const neighbourKm = new Map<number, number>()
    for (const n of la.neighbours) {
      const j = laByCode.get(n.code)
      if (j !== undefined) neighbourKm.set(j, n.distanceKm)
    }
    const candidates: HubCandidate[] = []
    for (const t of hubs) {
      let bestLa = -1
      let bestKm = Infinity
      for (const j of teamLas[t]!) {
        const other = data.las[j]!
        const km = i === j ? 0 : (neighbourKm.get(j) ?? haversineKm(la.centroid, other.centroid))
        if (km < bestKm || (km === bestKm && j < bestLa)) {
          bestKm = km
          bestLa = j
        }
      }
      candidates.push({ team: t, la: bestLa, distanceKm: bestKm })
    }
    candidates.sort((a, b) => a.distanceKm - b.distanceKm || a.team - b.team)
    return candidates
  })
}

function nameRanks(data: ModelData): Int32Array {
  const order = data.las
    .map((la, i) => ({ la, i }))
    .sort((x, y) => x.la.name.localeCompare(y.la.name, 'en-GB') || (x.la.code < y.la.code ? -1 : 1))
  const ranks = new Int32Array(data.las.length)
  order.forEach(({ i }, rank) => (ranks[i] = rank))
  return ranks
}
