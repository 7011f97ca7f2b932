import type {
  AreaSummary,
  HubRow,
  LaSummaryRow,
  NeighbourRow,
  PopulationPoint,
} from '../domain/area-summary'
import { fyLabel } from '../domain/fiscal-year'
import { UK_CODE, type AreaRef } from '../domain/geography'
import type { ModelData, TeamRecord } from '../domain/model-data'
import { isActive } from './existing-capacity'
import { hubLimit, hubSlots, hubsInReach } from './hubs'
import { modelIndex } from './model-index'
import { buildContext } from './build-context'
import { deprivationGroups, deprivationOf } from './deprivation-groups'
import { resolveScope } from './scope'
import { resolveSettings } from './settings'

const UK_REF: AreaRef = { code: UK_CODE, name: 'United Kingdom', level: 'uk' }

/**
 * What the area page shows for any code: population series, teams, today's coverage from
 * existing teams (first modelled year, default assumptions, no new provision), the
 * authorities inside it, and for an authority its neighbours. Null for an unknown code.
 * Figures for authorities split between health bodies are the part inside the area.
 */
export function summariseArea(data: ModelData, code: string): AreaSummary | null {
  const scope = resolveScope(data, code)
  if (!scope) return null
  const index = modelIndex(data)
  const ref = scope.ref
  const las = scope.las.filter((l) => l.share > 0)
  const firstLa = las[0] ? data.las[las[0].index]! : null

  const nationRef = (nationCode: string): AreaRef => ({
    code: nationCode,
    name: data.nations.find((n) => n.code === nationCode)?.name ?? nationCode,
    level: 'nation',
  })
  const hbRef = (h: number): AreaRef => ({
    code: data.healthBodies[h]!.code,
    name: data.healthBodies[h]!.name,
    level: 'health-body',
  })
  const laRef = (i: number): AreaRef => ({
    code: data.las[i]!.code,
    name: data.las[i]!.name,
    level: 'local-authority',
  })

  let nation: string | null = null
  let type: string | null = null
  let breadcrumbs: AreaRef[] = []
  let children: AreaRef[] = []
  switch (ref.level) {
    case 'uk':
      children = data.nations.map((n) => nationRef(n.code))
      break
    case 'nation':
      nation = ref.code
      breadcrumbs = [UK_REF]
      children = data.healthBodies
        .filter((hb) => hb.nation === ref.code)
        .map((hb) => hbRef(index.hbByCode.get(hb.code)!))
      break
    case 'health-body': {
      const hb = data.healthBodies[index.hbByCode.get(ref.code)!]!
      nation = hb.nation
      type = hb.type
      breadcrumbs = [UK_REF, nationRef(hb.nation)]
      children = las.map((l) => laRef(l.index))
      break
    }
    case 'upper-tier':
    case 'local-authority':
      if (firstLa) {
        nation = firstLa.nation
        breadcrumbs = [UK_REF, nationRef(firstLa.nation), hbRef(index.primaryHb[las[0]!.index]!)]
      }
      if (ref.level === 'upper-tier') children = las.map((l) => laRef(l.index))
      break
  }
  children.sort((x, y) => x.name.localeCompare(y.name, 'en-GB'))

  const population = populationSeries(data, las)
  const latestPoint = [...population].reverse().find((p) => p.complete)
  const latest = latestPoint
    ? {
        midYear: latestPoint.midYear,
        under2: latestPoint.under2!,
        age0: latestPoint.age0!,
        age1: latestPoint.age1!,
      }
    : { midYear: data.observedMidYears.at(-1) ?? 0, under2: 0, age0: 0, age1: 0 }

  // Today's provision: the default scenario's first year with existing teams only.
  const ctx = buildContext(data, resolveSettings(data, { scope: ref.code }))
  const fy = ctx.fys[0]!
  const inScope = new Set(las.map((l) => l.index))
  let babies = 0
  let covered = 0
  let geo = 0
  let need = 0
  let capacity = 0
  // Uncapped: staff in post work whether or not their capacity exceeds local need.
  let existingFamilies = 0
  const rows: LaSummaryRow[] = las.map(({ index: i, share }) => {
    const la = data.las[i]!
    const cell = i * ctx.nYears
    const n = ctx.need[cell]!
    const cap = ctx.existingCap[cell]!
    const cov = n > 0 ? Math.min(1, cap / n) : 1
    const u2 = ctx.pop.under2[cell]!
    babies += share * u2
    covered += share * u2 * cov
    geo += share * u2 * ctx.existingServed[cell]!
    need += share * n
    capacity += share * Math.min(cap, n)
    existingFamilies += share * cap
    const k = index.lastUnder2[i]!
    const h = ref.level === 'health-body' ? index.hbByCode.get(ref.code)! : index.primaryHb[i]!
    return {
      code: la.code,
      name: la.name,
      share,
      healthBody: { code: data.healthBodies[h]!.code, name: data.healthBodies[h]!.name },
      under2: k >= 0 ? share * (la.age0[k]! + la.age1[k]!) : 0,
      midYear: k >= 0 ? data.observedMidYears[k]! : 0,
      births: k >= 0 ? share * la.age0[k]! : 0,
      need: share * n,
      teams: index.capacityTeamsByLa[i]!.filter((t) =>
        isActive(data.teams[t]!, fy, ctx.settings.existingTeams),
      ).length,
      coverage: cov,
      geographicCovered: ctx.existingServed[cell] === 1,
      deprivation: deprivationOf(la),
      needWeight: ctx.needParts.weight[cell]!,
    }
  })
  rows.sort((x, y) => x.name.localeCompare(y.name, 'en-GB'))

  const teams = teamsOf(data, ref, inScope)
  const neighbours: NeighbourRow[] =
    ref.level === 'local-authority' && firstLa
      ? firstLa.neighbours
          .map((n) => {
            const j = index.laByCode.get(n.code)
            return {
              code: n.code,
              name: j !== undefined ? data.las[j]!.name : n.code,
              distanceKm: n.distanceKm,
              sharedBorderKm: n.sharedBorderKm,
              teams:
                j === undefined
                  ? []
                  : index.teamsByLa[j]!.map((t) => data.teams[t]!)
                      .filter((t) => t.status !== 'closed')
                      .map((t) => ({ id: t.id, name: t.name })),
            }
          })
          .sort((x, y) => x.distanceKm - y.distanceKm)
      : []

  const slots = hubSlots(ctx, fy)
  const hubs: HubRow[] =
    ref.level === 'local-authority' && las[0]
      ? hubsInReach(ctx, las[0].index, fy).map((c) => ({
          id: data.teams[c.team]!.id,
          name: data.teams[c.team]!.name,
          laName: data.las[c.la]!.name,
          distanceKm: c.distanceKm,
          placesLeft: slots[c.team]!,
        }))
      : []

  let familyHubs: boolean | null = null
  if (ref.level === 'local-authority' && firstLa) familyHubs = firstLa.familyHubs
  if (ref.level === 'upper-tier') familyHubs = las.some((l) => data.las[l.index]!.familyHubs)

  return {
    area: { ...ref, nation, type },
    breadcrumbs,
    children,
    population,
    latest,
    teams,
    coverage: {
      fy: fyLabel(fy),
      coverage: babies > 0 ? covered / babies : 0,
      geographicCoverage: babies > 0 ? geo / babies : 0,
      need,
      capacity,
    },
    staffToday: {
      clinicalWte: ctx.familiesPerWte > 0 ? existingFamilies / ctx.familiesPerWte : 0,
      familiesPerClinicalWte: ctx.a.familiesPerClinicalWte,
      supervisionShare: ctx.a.supervisionShare,
    },
    localAuthorities: rows,
    byDeprivation: deprivationGroups(data, las, [fy], (i) => {
      const cell = i * ctx.nYears
      const share = ctx.scopeShare[i]!
      const n = ctx.need[cell]!
      const cap = ctx.existingCap[cell]!
      const u2 = share * ctx.pop.under2[cell]!
      return {
        babies: u2,
        need: share * n,
        supported: share * Math.min(cap, n),
        coveredBabies: u2 * (n > 0 ? Math.min(1, cap / n) : 1),
        servedBabies: u2 * ctx.existingServed[cell]!,
      }
    }),
    neighbours,
    hubs,
    hubRule: { maxKm: ctx.a.satelliteMaxDistanceKm, maxSatellites: hubLimit(ctx) },
    familyHubs,
  }
}

/** Sums each observed mid-year over the area's authorities; a year with any gap is null. */
function populationSeries(
  data: ModelData,
  las: readonly { index: number; share: number }[],
): PopulationPoint[] {
  return data.observedMidYears.map((midYear, k) => {
    let age0: number | null = 0
    let age1: number | null = 0
    for (const { index: i, share } of las) {
      const la = data.las[i]!
      const a0 = la.age0[k]
      const a1 = la.age1[k]
      age0 = age0 === null || a0 == null ? null : age0 + share * a0
      age1 = age1 === null || a1 == null ? null : age1 + share * a1
    }
    const under2 = age0 !== null && age1 !== null ? age0 + age1 : null
    return { midYear, age0, age1, under2, complete: under2 !== null && las.length > 0 }
  })
}

function teamsOf(data: ModelData, ref: AreaRef, inScope: Set<number>): TeamRecord[] {
  const index = modelIndex(data)
  if (ref.level === 'uk') return [...data.teams]
  return data.teams.filter(
    (team, t) =>
      index.teamLas[t]!.some((i) => inScope.has(i)) ||
      // Teams that cannot be placed still belong to their nation.
      (ref.level === 'nation' && index.teamLas[t]!.length === 0 && team.nation === ref.code),
  )
}
