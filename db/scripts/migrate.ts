import { databaseTarget, describeTarget } from '../database-url'
import { prepareDatabase } from '../prepare'

const target = databaseTarget()

const started = performance.now()
const db = await prepareDatabase(process.env.DATABASE_URL)
const version = await db
  .selectFrom('data_versions')
  .select('id')
  .where('is_current', '=', 1)
  .executeTakeFirst()
await db.destroy()
console.log(
  `Database ${describeTarget(target)} is migrated and seeded (data ${version?.id ?? 'none'}) in ${Math.round(performance.now() - started)} ms`,
)
