import { sql, type Kysely } from 'kysely'
import { portable } from './portable'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen once released. Model 2.0 weights need by deprivation and fills the missing Scottish and
// Northern Irish years with each nation's own trend. Both are reference data: the rows come from
// the committed seed (db/seed.ts on a new database, db/reference-refresh.ts on an existing one).

const share = (column: string) => sql`${sql.ref(column)} between 0 and 1`

export async function up(db: Kysely<any>): Promise<void> {
  const { strict, real } = portable(db)
  await db.schema
    .createTable('la_deprivation')
    .addColumn('la_code', 'text', (c) => c.primaryKey().references('local_authorities.code'))
    .addColumn('score', real, (c) => c.notNull().check(sql`score >= 0`))
    .addColumn('quintile', 'integer', (c) => c.notNull().check(sql`quintile between 1 and 5`))
    .addColumn('decile', 'integer', (c) => c.notNull().check(sql`decile between 1 and 10`))
    .addColumn('share_high', real, (c) => c.notNull().check(share('share_high')))
    .addColumn('share_medium', real, (c) => c.notNull().check(share('share_medium')))
    .addColumn('share_low', real, (c) => c.notNull().check(share('share_low')))
    .modifyEnd(strict)
    .execute()

  await db.schema
    .createTable('nation_trends')
    .addColumn('nation_code', 'text', (c) => c.primaryKey().references('nations.code'))
    .addColumn('per_year', real, (c) => c.notNull().check(sql`per_year between -0.5 and 0.5`))
    .addColumn('from_mid_year', 'integer', (c) => c.notNull())
    .addColumn('to_mid_year', 'integer', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull().check(sql`length(basis) between 1 and 600`))
    .addCheckConstraint('nation_trends_years', sql`from_mid_year < to_mid_year`)
    .modifyEnd(strict)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('nation_trends').execute()
  await db.schema.dropTable('la_deprivation').execute()
}
