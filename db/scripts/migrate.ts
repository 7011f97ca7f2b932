import { prepareDatabase } from '../prepare'

// Same default as the server (see .env.example).
const filename = process.env.DATABASE_URL ?? './data/coverage2030.sqlite'

const started = performance.now()
const db = await prepareDatabase(filename)
const version = await db
  .selectFrom('data_versions')
  .select('id')
  .where('is_current', '=', 1)
  .executeTakeFirst()
await db.destroy()
console.log(
  `Database ${filename} is migrated and seeded (data ${version?.id ?? 'none'}) in ${Math.round(performance.now() - started)} ms`,
)
