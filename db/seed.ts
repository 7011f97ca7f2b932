import type { Insertable, Kysely } from 'kysely'
import { writeTransaction } from './repositories/write-transaction'
import type { Database } from './schema'
import { loadSeedBundle } from './seed-bundle'
import type { SeedBundle } from './seed-format'

// better-sqlite3's SQLite allows 32,766 bound values per statement; stay well below it.
const MAX_VALUES_PER_INSERT = 30_000
const MAX_ROWS_PER_INSERT = 1_000

const bit = (value: boolean) => (value ? 1 : 0)

async function insertAll<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0]
  if (!first) return
  const size = Math.min(
    MAX_ROWS_PER_INSERT,
    Math.floor(MAX_VALUES_PER_INSERT / Object.keys(first).length),
  )
  for (let i = 0; i < rows.length; i += size) {
    // The generic table name defeats Kysely's inference; the row type is checked by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute()
  }
}

/**
 * Loads the committed seed into an empty, migrated database in one transaction. Returns false
 * (and writes nothing) when a data version already exists, so every start can call it.
 */
export async function seedIfEmpty(
  db: Kysely<Database>,
  bundle: SeedBundle = loadSeedBundle(),
): Promise<boolean> {
  try {
    // One write transaction: two processes starting at once cannot both decide to seed.
    return await writeTransaction(db, async (conn) => {
      const existing = await conn
        .selectFrom('data_versions')
        .select('id')
        .limit(1)
        .executeTakeFirst()
      if (existing) return false
      await insertBundle(conn, bundle)
      return true
    })
  } catch (error) {
    throw new Error(`Seeding the database failed: ${(error as Error).message}`, { cause: error })
  }
}

async function insertBundle(db: Kysely<Database>, seed: SeedBundle): Promise<void> {
  const { manifest, geography, population, neighbours, births, teams, reference } = seed
  const version = manifest.dataVersion

  await insertAll(db, 'data_versions', [
    {
      id: version,
      label: manifest.label,
      source: manifest.source,
      created_at: new Date().toISOString(),
      is_current: 1,
      source_date: manifest.date,
    },
  ])
  await insertAll(db, 'nations', geography.nations)
  await insertAll(db, 'regions', geography.regions)
  await insertAll(
    db,
    'upper_tiers',
    geography.upperTiers.map((u) => ({
      code: u.code,
      name: u.name,
      nation_code: u.nation,
      family_hubs: bit(u.familyHubs),
    })),
  )
  await insertAll(
    db,
    'health_bodies',
    geography.healthBodies.map((h) => ({
      code: h.code,
      nhs_code: h.nhsCode,
      name: h.name,
      type: h.type,
      nation_code: h.nation,
    })),
  )
  await insertAll(
    db,
    'local_authorities',
    geography.las.map((la) => ({
      code: la.code,
      name: la.name,
      nation_code: la.nation,
      region_code: la.region,
      upper_tier_code: la.upperTier,
      centroid_lat: la.centroid.lat,
      centroid_lon: la.centroid.lon,
      inside_lat: la.insidePoint.lat,
      inside_lon: la.insidePoint.lon,
      area_km2: la.areaKm2,
      mapping_quality: la.mappingQuality,
    })),
  )
  await insertAll(
    db,
    'la_health_bodies',
    geography.las.flatMap((la) =>
      la.healthBodies.map((h, rank) => ({
        la_code: la.code,
        health_body_code: h.code,
        share: h.share,
        lsoa_count: h.lsoaCount,
        rank,
      })),
    ),
  )
  await insertAll(
    db,
    'population',
    population.rows.flatMap((row) =>
      population.midYears.map((midYear, i) => ({
        data_version_id: version,
        la_code: row.la,
        mid_year: midYear,
        age0: row.age0[i] ?? null,
        age1: row.age1[i] ?? null,
        all_ages: row.allAges[i] ?? null,
      })),
    ),
  )
  await insertAll(
    db,
    'births_history',
    births.history.flatMap((row) =>
      births.periodStarts.map((periodStart, i) => ({
        la_code: row.la,
        period_start: periodStart,
        births: row.births[i] ?? NaN,
      })),
    ),
  )
  await insertAll(
    db,
    'national_births',
    births.national.map((n) => ({
      area_code: n.areaCode,
      calendar_year: n.calendarYear,
      area_name: n.areaName,
      live_births: n.liveBirths,
      source: n.source,
      note: n.note,
    })),
  )
  await insertAll(
    db,
    'projections',
    births.projections.map((p) => ({
      id: p.id,
      title: p.title,
      base_year: p.baseYear,
      is_default: bit(p.isDefault),
    })),
  )
  await insertAll(
    db,
    'projection_points',
    births.projections.flatMap((p) =>
      p.points.map((point) => ({
        projection_id: p.id,
        mid_year: point.midYear,
        period: point.period,
        births: point.births,
        age0: point.age0,
        age1: point.age1,
        under2: point.under2,
      })),
    ),
  )
  await insertAll(
    db,
    'la_neighbours',
    neighbours.rows.map(([la, neighbour, distanceKm, sharedBorderKm]) => ({
      la_code: la,
      neighbour_code: neighbour,
      distance_km: distanceKm,
      shared_border_km: sharedBorderKm,
    })),
  )
  await insertAll(
    db,
    'teams',
    teams.teams.map((t, position) => ({
      id: t.id,
      position,
      name: t.name,
      host_org: t.hostOrg,
      nation_code: t.nation,
      areas_text: t.areasText,
      established_text: t.establishedText,
      established_year: t.establishedYear,
      closed_year: t.closedYear,
      status: t.status,
      status_text: t.statusText,
      age_range: t.ageRange,
      source: t.source,
      provides_capacity: bit(t.providesCapacity),
      capacity_reason: t.capacityReason,
      teams_represented: t.teamsRepresented,
      approximate: bit(t.approximate),
      approximation_note: t.approximationNote,
      hub_team_id: t.hubTeamId,
      staffing_note: t.staffingNote,
      funded_from: t.fundedFrom,
      funded_to: t.fundedTo,
      funding_mark: t.fundingMark,
      funding_note: t.fundingNote,
    })),
  )
  await insertAll(
    db,
    'team_areas',
    teams.teams.flatMap((t) => t.laCodes.map((la) => ({ team_id: t.id, la_code: la }))),
  )
  await insertAll(
    db,
    'team_staffing',
    teams.teams.flatMap((t) =>
      (t.staffing ?? []).map((r, position) => ({
        team_id: t.id,
        position,
        title: r.title,
        band: r.band,
        wte: r.wte,
        clinical: bit(r.clinical),
      })),
    ),
  )
  await insertAll(db, 'team_counts', teams.teamCounts)
  await insertAll(db, 'pay_scales', reference.payScales)
  await insertAll(
    db,
    'employer_ni_rules',
    reference.employerNi.map((r) => ({
      from_fy: r.fromFy,
      rate: r.rate,
      threshold: r.threshold,
      mark: r.mark,
      source: r.source,
    })),
  )
  await insertAll(
    db,
    'team_templates',
    reference.templates.map((t) => ({
      id: t.id,
      label: t.label,
      mark: t.mark,
      source: t.source,
      notes: t.notes,
    })),
  )
  await insertReference(db, seed)
}

/**
 * The model's reference rows: defaults with their sources, the team templates' posts (how each
 * is filled), the datasets list, deprivation and the nations' own birth trends. A new model version may change them, so an existing database has
 * them replaced from the seed (reference-refresh.ts); population and teams are never touched.
 */
export const REFERENCE_TABLES = [
  'assumptions',
  'template_roles',
  'sources',
  'la_deprivation',
  'nation_trends',
] as const

export function referenceRows(seed: SeedBundle) {
  return {
    assumptions: seed.reference.assumptions.map((a, position) => ({ ...a, position })),
    template_roles: seed.reference.templates.flatMap((t) =>
      (['team', 'hub'] as const).flatMap((kind) =>
        (kind === 'team' ? t.roles : t.hubRoles).map((r, position) => ({
          template_id: t.id,
          kind,
          position,
          title: r.title,
          band: r.band,
          wte: r.wte,
          clinical: bit(r.clinical),
          mark: r.mark,
          route: r.route ?? 'qualified',
          trainee_band: r.traineeBand ?? null,
        })),
      ),
    ),
    sources: seed.sources.sources.map((s, position) => ({ ...s, position })),
    la_deprivation: seed.deprivation.rows.map((r) => ({
      la_code: r.la,
      score: r.score,
      quintile: r.quintile,
      decile: r.decile,
      share_high: r.shareHigh,
      share_medium: r.shareMedium,
      share_low: r.shareLow,
    })),
    nation_trends: seed.births.nationTrends.map((t) => ({
      nation_code: t.nation,
      per_year: t.perYear,
      from_mid_year: t.fromMidYear,
      to_mid_year: t.toMidYear,
      basis: t.basis,
    })),
  } satisfies { [T in (typeof REFERENCE_TABLES)[number]]: Insertable<Database[T]>[] }
}

export async function insertReference(db: Kysely<Database>, seed: SeedBundle): Promise<void> {
  const rows = referenceRows(seed)
  for (const table of REFERENCE_TABLES) await insertAll(db, table, rows[table])
}
