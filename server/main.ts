import { createServer } from 'node:http'
import { ensureFirstAdmin } from '../db/first-admin'
import { prepareDatabase } from '../db/prepare'
import { deleteExpiredSessions } from '../db/repositories/sessions'
import { createApp } from './app'
import { parseEnv } from './env'
import { createModelStore } from './model-store'
import { createResultCache } from './result-cache'

const MAX_HEADER_BYTES = 64 * 1024

async function main() {
  const started = performance.now()
  const env = parseEnv()
  const db = await prepareDatabase(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE })
  const admin = await ensureFirstAdmin(db, { initialPassword: env.ADMIN_INITIAL_PASSWORD })
  // Printed once, here, and never stored in the clear or logged again.
  if (admin?.oneTimePassword) {
    console.log(
      `Sign in as ${admin.email} with one-time password ${admin.oneTimePassword}; you will be asked to change it.`,
    )
  }
  await deleteExpiredSessions(db, new Date())
  const store = await createModelStore(db)
  const app = createApp({
    db,
    store,
    allowedOrigins: env.ALLOWED_ORIGINS,
    cookieSecure: env.COOKIE_SECURE,
    resultCache:
      env.RESULT_CACHE_MB > 0
        ? createResultCache({ maxBytes: env.RESULT_CACHE_MB * 2 ** 20 })
        : null,
  })
  // Shared scenario links carry their settings; a whole-UK plan's is about 15 KB, near Node's
  // default 16 KB limit for the request line and headers together.
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app)
  if (env.HOST) server.listen(env.PORT, env.HOST)
  else server.listen(env.PORT)
  server.on('listening', () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : env.PORT
    const ms = Math.round(performance.now() - started)
    console.log(
      `Coverage 2030 is ready on http://localhost:${port} (${ms} ms, data ${store.current().dataVersion})`,
    )
  })
  server.on('error', (error) => {
    console.error(`Could not start: ${error.message}`)
    process.exit(1)
  })
  const stop = () => {
    server.close(() => {
      void db.destroy().finally(() => process.exit(0))
    })
    setTimeout(() => process.exit(0), 5000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
