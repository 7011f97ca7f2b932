import type { Kysely } from 'kysely'
import type { NationTrend, ProjectionPoint } from '../../shared/domain/model-data'
import type { Database } from '../schema'
import { asNation } from './geography'

export interface BirthsHistoryRow {
  laCode: string
  /** 2001 = the mid-year period July 2001 to June 2002. */
  periodStart: number
  births: number
}

/** Births per authority per mid-year period (2001/02–2018/19); all authorities when none given. */
export async function listBirthsHistory(
  db: Kysely<Database>,
  laCodes?: readonly string[],
): Promise<BirthsHistoryRow[]> {
  if (laCodes && laCodes.length === 0) return []
  let query = db
    .selectFrom('births_history')
    .select(['la_code as laCode', 'period_start as periodStart', 'births'])
    .orderBy('la_code')
    .orderBy('period_start')
  if (laCodes) query = query.where('la_code', 'in', laCodes)
  return query.execute()
}

export interface NationalBirthsRow {
  calendarYear: number
  areaCode: string
  areaName: string
  liveBirths: number
  source: string
  note: string
}

/** Registered live births in England and Wales by calendar year. */
export async function listNationalBirths(db: Kysely<Database>): Promise<NationalBirthsRow[]> {
  return db
    .selectFrom('national_births')
    .select([
      'calendar_year as calendarYear',
      'area_code as areaCode',
      'area_name as areaName',
      'live_births as liveBirths',
      'source',
      'note',
    ])
    .orderBy('area_code')
    .orderBy('calendar_year')
    .execute()
}

export interface ProjectionSeries {
  id: string
  title: string
  baseYear: number
  isDefault: boolean
  points: ProjectionPoint[]
}

/** All national projections, the default first. */
export async function listProjections(db: Kysely<Database>): Promise<ProjectionSeries[]> {
  const [series, points] = await Promise.all([
    db.selectFrom('projections').selectAll().orderBy('is_default', 'desc').orderBy('id').execute(),
    db.selectFrom('projection_points').selectAll().orderBy('mid_year').execute(),
  ])
  return series.map((s) => ({
    id: s.id,
    title: s.title,
    baseYear: s.base_year,
    isDefault: s.is_default === 1,
    points: points
      .filter((p) => p.projection_id === s.id)
      .map((p) => ({ midYear: p.mid_year, births: p.births, age0: p.age0, under2: p.under2 })),
  }))
}

export async function defaultProjection(db: Kysely<Database>): Promise<ProjectionSeries> {
  const series = (await listProjections(db)).find((s) => s.isDefault)
  if (!series) throw new Error('The database has no default national projection')
  return series
}

/** Each nation's own yearly change in births, where the seed fitted one (Scotland, NI). */
export async function listNationTrends(db: Kysely<Database>): Promise<NationTrend[]> {
  const rows = await db.selectFrom('nation_trends').selectAll().orderBy('nation_code').execute()
  return rows.map((r) => ({
    nation: asNation(r.nation_code),
    perYear: r.per_year,
    fromMidYear: r.from_mid_year,
    toMidYear: r.to_mid_year,
    basis: r.basis,
  }))
}
