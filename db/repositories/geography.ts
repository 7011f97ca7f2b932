import type { Kysely } from 'kysely'
import { NATIONS, type HealthBodyType, type NationCode } from '../../shared/domain/geography'
import type { HealthBodyRecord, LaRecord } from '../../shared/domain/model-data'
import type { Database } from '../schema'
import { bool, oneOf } from './guards'

const NATION_CODES: readonly NationCode[] = NATIONS.map((n) => n.code)
const BODY_TYPES: readonly HealthBodyType[] = [
  'ICB',
  'Health board',
  'Local health board',
  'HSC trust',
]

export const asNation = (code: string): NationCode => oneOf(NATION_CODES, code, 'nation')

/** The four nations in the conventional order (England, Wales, Scotland, Northern Ireland). */
export async function listNations(
  db: Kysely<Database>,
): Promise<{ code: NationCode; name: string }[]> {
  const rows = await db.selectFrom('nations').selectAll().execute()
  return rows
    .map((r) => ({ code: asNation(r.code), name: r.name }))
    .sort((a, b) => NATION_CODES.indexOf(a.code) - NATION_CODES.indexOf(b.code))
}

export async function listHealthBodies(db: Kysely<Database>): Promise<HealthBodyRecord[]> {
  const rows = await db.selectFrom('health_bodies').selectAll().orderBy('code').execute()
  return rows.map((r) => ({
    code: r.code,
    nhsCode: r.nhs_code,
    name: r.name,
    type: oneOf(BODY_TYPES, r.type, 'health body type'),
    nation: asNation(r.nation_code),
  }))
}

/** Mid-years that have population rows in a data version, ascending. */
export async function listObservedMidYears(
  db: Kysely<Database>,
  dataVersionId: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom('population')
    .select('mid_year')
    .distinct()
    .where('data_version_id', '=', dataVersionId)
    .orderBy('mid_year')
    .execute()
  return rows.map((r) => r.mid_year)
}

const groupBy = <T>(rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    const group = groups.get(k)
    if (group) group.push(row)
    else groups.set(k, [row])
  }
  return groups
}

/**
 * Every local authority ordered by code, with its population aligned to `midYears` (null where
 * nothing was published), health-body shares (largest first) and neighbours (nearest first).
 */
export async function listLocalAuthorities(
  db: Kysely<Database>,
  dataVersionId: string,
  midYears: readonly number[],
): Promise<LaRecord[]> {
  const [las, bodies, population, neighbours] = await Promise.all([
    db
      .selectFrom('local_authorities as la')
      .innerJoin('upper_tiers as ut', 'ut.code', 'la.upper_tier_code')
      .leftJoin('regions as r', 'r.code', 'la.region_code')
      .leftJoin('la_deprivation as d', 'd.la_code', 'la.code')
      .select([
        'la.code',
        'la.name',
        'la.nation_code',
        'la.centroid_lat',
        'la.centroid_lon',
        'r.code as region_code',
        'r.name as region_name',
        'ut.code as upper_tier_code',
        'ut.name as upper_tier_name',
        'ut.family_hubs',
        'd.score as deprivation_score',
        'd.quintile as deprivation_quintile',
        'd.decile as deprivation_decile',
        'd.share_high',
        'd.share_medium',
        'd.share_low',
      ])
      .orderBy('la.code')
      .execute(),
    db.selectFrom('la_health_bodies').selectAll().orderBy('la_code').orderBy('rank').execute(),
    db
      .selectFrom('population')
      .select(['la_code', 'mid_year', 'age0', 'age1'])
      .where('data_version_id', '=', dataVersionId)
      .execute(),
    db
      .selectFrom('la_neighbours')
      .selectAll()
      .orderBy('la_code')
      .orderBy('distance_km')
      .orderBy('neighbour_code')
      .execute(),
  ])
  const bodiesByLa = groupBy(bodies, (b) => b.la_code)
  const populationByLa = groupBy(population, (p) => p.la_code)
  const neighboursByLa = groupBy(neighbours, (n) => n.la_code)

  return las.map((la) => {
    const byYear = new Map((populationByLa.get(la.code) ?? []).map((p) => [p.mid_year, p]))
    return {
      code: la.code,
      name: la.name,
      nation: asNation(la.nation_code),
      region:
        la.region_code === null || la.region_name === null
          ? null
          : { code: la.region_code, name: la.region_name },
      upperTier: { code: la.upper_tier_code, name: la.upper_tier_name },
      healthBodies: (bodiesByLa.get(la.code) ?? []).map((b) => ({
        code: b.health_body_code,
        share: b.share,
      })),
      centroid: { lat: la.centroid_lat, lon: la.centroid_lon },
      age0: midYears.map((y) => byYear.get(y)?.age0 ?? null),
      age1: midYears.map((y) => byYear.get(y)?.age1 ?? null),
      neighbours: (neighboursByLa.get(la.code) ?? []).map((n) => ({
        code: n.neighbour_code,
        distanceKm: n.distance_km,
        sharedBorderKm: n.shared_border_km,
      })),
      familyHubs: bool(la.family_hubs),
      deprivation:
        la.deprivation_score === null
          ? null
          : {
              score: la.deprivation_score,
              quintile: la.deprivation_quintile!,
              decile: la.deprivation_decile!,
              shareHigh: la.share_high!,
              shareMedium: la.share_medium!,
              shareLow: la.share_low!,
            },
    }
  })
}
