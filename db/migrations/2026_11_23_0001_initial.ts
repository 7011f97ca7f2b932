import { sql, type Kysely } from 'kysely'
import { portable } from './portable'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen: never edit once released; add a new migration instead. Nothing is imported from the
// app, so later changes to shared code cannot change what this migration creates.

const MARK = sql`mark in ('S', 'I', 'A', 'U')`
const BAND = sql`band in ('4', '5', '6', '7', '8a', '8b', '8c', '8d', '9')`

const flag = (column: string) => sql`${sql.ref(column)} in (0, 1)`
const nonNegative = (column: string) => sql`${sql.ref(column)} >= 0`

export async function up(db: Kysely<any>): Promise<void> {
  const { strict, real, glob, notGlob } = portable(db)
  await db.schema
    .createTable('data_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_current', 'integer', (c) => c.notNull().check(flag('is_current')))
    .modifyEnd(strict)
    .execute()
  // At most one current version.
  await db.schema
    .createIndex('data_versions_one_current')
    .on('data_versions')
    .column('is_current')
    .unique()
    .where(sql.ref('is_current'), '=', 1)
    .execute()

  await db.schema
    .createTable('nations')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('upper_tiers')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('nation_code', 'text', (c) => c.notNull().references('nations.code'))
    .addColumn('family_hubs', 'integer', (c) => c.notNull().check(flag('family_hubs')))
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('health_bodies')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('nhs_code', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('ICB', 'Health board', 'Local health board', 'HSC trust')`),
    )
    .addColumn('nation_code', 'text', (c) => c.notNull().references('nations.code'))
    .modifyEnd(strict)
    .execute()
  await db.schema
    .createIndex('health_bodies_nation')
    .on('health_bodies')
    .column('nation_code')
    .execute()

  await db.schema
    .createTable('local_authorities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('nation_code', 'text', (c) => c.notNull().references('nations.code'))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('upper_tier_code', 'text', (c) => c.notNull().references('upper_tiers.code'))
    .addColumn('centroid_lat', real, (c) => c.notNull().check(sql`centroid_lat between 49 and 61`))
    .addColumn('centroid_lon', real, (c) => c.notNull().check(sql`centroid_lon between -9 and 2`))
    .addColumn('inside_lat', real, (c) => c.notNull().check(sql`inside_lat between 49 and 61`))
    .addColumn('inside_lon', real, (c) => c.notNull().check(sql`inside_lon between -9 and 2`))
    .addColumn('area_km2', real, (c) => c.notNull().check(sql`area_km2 > 0`))
    .addColumn('mapping_quality', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute()
  await db.schema
    .createIndex('local_authorities_nation')
    .on('local_authorities')
    .column('nation_code')
    .execute()
  await db.schema
    .createIndex('local_authorities_upper_tier')
    .on('local_authorities')
    .column('upper_tier_code')
    .execute()

  await db.schema
    .createTable('la_health_bodies')
    .addColumn('la_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('health_body_code', 'text', (c) => c.notNull().references('health_bodies.code'))
    .addColumn('share', real, (c) => c.notNull().check(sql`share > 0 and share <= 1`))
    .addColumn('lsoa_count', 'integer', (c) => c.check(sql`lsoa_count > 0`))
    .addColumn('rank', 'integer', (c) => c.notNull().check(nonNegative('rank')))
    .addPrimaryKeyConstraint('la_health_bodies_pk', ['la_code', 'health_body_code'])
    .addUniqueConstraint('la_health_bodies_rank', ['la_code', 'rank'])
    .modifyEnd(strict)
    .execute()
  await db.schema
    .createIndex('la_health_bodies_health_body')
    .on('la_health_bodies')
    .column('health_body_code')
    .execute()

  await db.schema
    .createTable('population')
    .addColumn('data_version_id', 'text', (c) =>
      c.notNull().references('data_versions.id').onDelete('cascade'),
    )
    .addColumn('la_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('mid_year', 'integer', (c) => c.notNull().check(sql`mid_year between 1990 and 2100`))
    .addColumn('age0', 'integer', (c) => c.check(nonNegative('age0')))
    .addColumn('age1', 'integer', (c) => c.check(nonNegative('age1')))
    .addColumn('all_ages', 'integer', (c) => c.check(nonNegative('all_ages')))
    .addPrimaryKeyConstraint('population_pk', ['data_version_id', 'la_code', 'mid_year'])
    .modifyEnd(strict)
    .execute()
  await db.schema
    .createIndex('population_la')
    .on('population')
    .columns(['la_code', 'mid_year'])
    .execute()

  await db.schema
    .createTable('births_history')
    .addColumn('la_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('period_start', 'integer', (c) =>
      c.notNull().check(sql`period_start between 1990 and 2100`),
    )
    .addColumn('births', 'integer', (c) => c.notNull().check(nonNegative('births')))
    .addPrimaryKeyConstraint('births_history_pk', ['la_code', 'period_start'])
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('national_births')
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('calendar_year', 'integer', (c) => c.notNull())
    .addColumn('area_name', 'text', (c) => c.notNull())
    .addColumn('live_births', 'integer', (c) => c.notNull().check(nonNegative('live_births')))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('national_births_pk', ['area_code', 'calendar_year'])
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('projections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('base_year', 'integer', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull().check(flag('is_default')))
    .modifyEnd(strict)
    .execute()
  await db.schema
    .createIndex('projections_one_default')
    .on('projections')
    .column('is_default')
    .unique()
    .where(sql.ref('is_default'), '=', 1)
    .execute()

  await db.schema
    .createTable('projection_points')
    .addColumn('projection_id', 'text', (c) =>
      c.notNull().references('projections.id').onDelete('cascade'),
    )
    .addColumn('mid_year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('births', 'integer', (c) => c.notNull().check(nonNegative('births')))
    .addColumn('age0', 'integer', (c) => c.notNull().check(nonNegative('age0')))
    .addColumn('age1', 'integer', (c) => c.notNull().check(nonNegative('age1')))
    .addColumn('under2', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('projection_points_pk', ['projection_id', 'mid_year'])
    .addCheckConstraint('projection_points_under2', sql`under2 = age0 + age1`)
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('la_neighbours')
    .addColumn('la_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('neighbour_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addColumn('distance_km', real, (c) => c.notNull().check(nonNegative('distance_km')))
    .addColumn('shared_border_km', real, (c) => c.notNull().check(nonNegative('shared_border_km')))
    .addPrimaryKeyConstraint('la_neighbours_pk', ['la_code', 'neighbour_code'])
    .addCheckConstraint('la_neighbours_not_self', sql`la_code <> neighbour_code`)
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) =>
      c
        .primaryKey()
        .check(sql`${glob(sql`id`, '[a-z0-9]*')} and ${notGlob(sql`id`, '*[^a-z0-9-]*')}`),
    )
    .addColumn('position', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('host_org', 'text', (c) => c.notNull())
    .addColumn('nation_code', 'text', (c) => c.references('nations.code'))
    .addColumn('areas_text', 'text', (c) => c.notNull())
    .addColumn('established_text', 'text', (c) => c.notNull())
    .addColumn('established_year', 'integer', (c) =>
      c.check(sql`established_year between 1900 and 2100`),
    )
    .addColumn('closed_year', 'integer', (c) => c.check(sql`closed_year between 1900 and 2100`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('operating', 'satellite', 'closed', 'related', 'unverified')`),
    )
    .addColumn('status_text', 'text', (c) => c.notNull())
    .addColumn('age_range', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('provides_capacity', 'integer', (c) => c.notNull().check(flag('provides_capacity')))
    .addColumn('capacity_reason', 'text', (c) => c.notNull())
    .addColumn('teams_represented', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`teams_represented between 1 and 50`),
    )
    .addColumn('approximate', 'integer', (c) => c.notNull().check(flag('approximate')))
    .addColumn('approximation_note', 'text')
    .addColumn('hub_team_id', 'text', (c) => c.references('teams.id'))
    .addColumn('staffing_note', 'text')
    .addCheckConstraint(
      'teams_closed_after_established',
      sql`closed_year is null or established_year is null or closed_year >= established_year`,
    )
    .addCheckConstraint(
      'teams_closed_no_capacity',
      sql`status <> 'closed' or provides_capacity = 0`,
    )
    .addCheckConstraint('teams_not_own_hub', sql`hub_team_id is null or hub_team_id <> id`)
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('team_areas')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('la_code', 'text', (c) => c.notNull().references('local_authorities.code'))
    .addPrimaryKeyConstraint('team_areas_pk', ['team_id', 'la_code'])
    .modifyEnd(strict)
    .execute()
  await db.schema.createIndex('team_areas_la').on('team_areas').column('la_code').execute()

  await db.schema
    .createTable('team_staffing')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull().check(BAND))
    .addColumn('wte', real, (c) => c.notNull().check(sql`wte > 0 and wte <= 50`))
    .addColumn('clinical', 'integer', (c) => c.notNull().check(flag('clinical')))
    .addPrimaryKeyConstraint('team_staffing_pk', ['team_id', 'position'])
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('team_counts')
    .addColumn('date', 'text', (c) =>
      c.primaryKey().check(glob(sql`date`, '[12][0-9][0-9][0-9]-[01][0-9]')),
    )
    .addColumn('count', 'integer', (c) => c.notNull().check(nonNegative('count')))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('mark', 'text', (c) => c.notNull().check(MARK))
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('assumptions')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('value', real, (c) => c.notNull())
    .addColumn('low', real, (c) => c.notNull())
    .addColumn('high', real, (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('mark', 'text', (c) => c.notNull().check(MARK))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addCheckConstraint('assumptions_in_range', sql`low <= value and value <= high`)
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('pay_scales')
    .addColumn('band', 'text', (c) => c.notNull().check(BAND))
    .addColumn('fy', 'integer', (c) => c.notNull().check(sql`fy between 2000 and 2100`))
    .addColumn('entry', real, (c) => c.notNull().check(sql`entry > 0`))
    .addColumn('intermediate', real)
    .addColumn('top', real, (c) => c.notNull())
    .addColumn('mark', 'text', (c) => c.notNull().check(MARK))
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pay_scales_pk', ['band', 'fy'])
    .addCheckConstraint(
      'pay_scales_ordered',
      sql`entry <= top and (intermediate is null or (intermediate >= entry and intermediate <= top))`,
    )
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('employer_ni_rules')
    .addColumn('from_fy', 'integer', (c) => c.primaryKey())
    .addColumn('rate', real, (c) => c.notNull().check(sql`rate >= 0 and rate < 1`))
    .addColumn('threshold', real, (c) => c.notNull().check(nonNegative('threshold')))
    .addColumn('mark', 'text', (c) => c.notNull().check(MARK))
    .addColumn('source', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('team_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('mark', 'text', (c) => c.notNull().check(MARK))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('template_roles')
    .addColumn('template_id', 'text', (c) =>
      c.notNull().references('team_templates.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('team', 'hub')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull().check(BAND))
    .addColumn('wte', real, (c) => c.notNull().check(sql`wte > 0 and wte <= 50`))
    .addColumn('clinical', 'integer', (c) => c.notNull().check(flag('clinical')))
    .addColumn('mark', 'text', (c) => c.notNull().check(MARK))
    .addPrimaryKeyConstraint('template_roles_pk', ['template_id', 'kind', 'position'])
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('attribution', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('file', 'text')
    .addColumn('notes', 'text')
    .modifyEnd(strict)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  // Children before parents, so foreign keys never dangle.
  for (const table of [
    'sources',
    'template_roles',
    'team_templates',
    'employer_ni_rules',
    'pay_scales',
    'assumptions',
    'team_counts',
    'team_staffing',
    'team_areas',
    'teams',
    'la_neighbours',
    'projection_points',
    'projections',
    'national_births',
    'births_history',
    'population',
    'la_health_bodies',
    'local_authorities',
    'health_bodies',
    'upper_tiers',
    'regions',
    'nations',
    'data_versions',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
