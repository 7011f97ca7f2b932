import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createExpressMiddleware } from '@trpc/server/adapters/express'
import express, { type ErrorRequestHandler, type Request, type Response } from 'express'
import { bodyLimit, MAX_IMPORT_BODY_BYTES } from './body-limit'
import { boundariesHandler } from './boundaries'
import { csrfGuard } from './auth/csrf'
import { createLoginRateLimiter } from './auth/rate-limit'
import { createRequestContext, prepareRequest, type ContextDeps } from './context'
import { appRouter } from './routers/_app'
import { createResultCache, type ResultCache } from './result-cache'
import { exportRoutes } from './routes/exports'
import { securityHeaders } from './security-headers'
import { GENERIC_ERROR } from './trpc'

const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client')

export interface AppOptions extends ContextDeps {
  /** Folder of the built client; the dashboard is not served when it is missing. */
  clientDir?: string
  log?: (message: string) => void
  /** Other origins (e.g. 'https://dashboard.example.nhs.uk') allowed to send changes (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[]
  /** Always mark the session cookie Secure (COOKIE_SECURE=true), e.g. behind a TLS proxy. */
  cookieSecure?: boolean
  /** Answers to public queries kept in memory (result-cache.ts); null turns it off. */
  resultCache?: ResultCache | null
}

export function createApp(options: AppOptions) {
  const { clientDir = CLIENT_DIR, log = console.error } = options
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', false)
  app.use(securityHeaders)

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', dataVersion: options.store.current().dataVersion })
  })

  const deps = { ...options, limiter: options.limiter ?? createLoginRateLimiter(options.db) }
  // Another server process, or the command line, may have changed what the model reads; the
  // session is read in the same query.
  app.use(['/trpc', '/api/export'], (req, _res, next) => {
    prepareRequest(deps, req).then(() => next(), next)
  })
  // Ahead of the other routes, so a cached answer costs little more than /healthz.
  const cache = options.resultCache === undefined ? createResultCache() : options.resultCache
  if (cache) {
    const touchSession = (req: Request, res: Response) => createRequestContext(deps, req, res)
    app.use('/trpc', cache.middleware({ store: options.store, touchSession }))
  }

  app.get('/api/boundaries.geojson', boundariesHandler())
  app.use(exportRoutes(options))

  app.use(
    '/trpc',
    csrfGuard(options.allowedOrigins ?? []),
    bodyLimit,
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res }) => createRequestContext(deps, req, res),
      maxBatchSize: 20,
      maxBodySize: MAX_IMPORT_BODY_BYTES,
      // Queries with long inputs (a whole-UK plan's 359 overrides is a 34 KB address) come by
      // POST; they pass the same CSRF and body checks as changes.
      allowMethodOverride: true,
      onError({ error, path: procedure }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          log(`tRPC ${procedure ?? '?'}: ${error.message}`)
      },
    }),
  )

  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }))
    // Pages are client-side routes; every unknown path that is not the API gets the app shell.
    app.get('/{*splat}', (req, res, next) => {
      if (req.path.startsWith('/api/') || req.path.startsWith('/trpc')) return next()
      res.setHeader('Cache-Control', 'no-cache')
      res.sendFile(path.join(clientDir, 'index.html'))
    })
  }

  app.use((_req, res) => {
    res.status(404).json({ error: { message: 'Not found' } })
  })

  const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const status = (error as { status?: number }).status
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ error: { message: 'The request could not be read.' } })
      return
    }
    log(`Unhandled error: ${error instanceof Error ? error.message : String(error)}`)
    res.status(500).json({ error: { message: GENERIC_ERROR } })
  }
  app.use(errorHandler)
  return app
}
