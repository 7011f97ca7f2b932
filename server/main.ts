import { prepareDatabase } from '../db/prepare'
import { createApp } from './app'
import { parseEnv } from './env'
import { createModelStore } from './model-store'

async function main() {
  const started = performance.now()
  const env = parseEnv()
  const db = await prepareDatabase(env.DATABASE_URL)
  const store = await createModelStore(db)
  const app = createApp({ db, store })
  const server = env.HOST ? app.listen(env.PORT, env.HOST) : app.listen(env.PORT)
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
