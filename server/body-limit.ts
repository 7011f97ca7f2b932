import type { RequestHandler } from 'express'

/** Every /trpc request but a population import: settings and names are a few kB at most. */
export const MAX_BODY_BYTES = 1_000_000
/** `data.importPopulation` carries a CSV of up to 5 MB (shared/import), JSON-escaped. */
export const MAX_IMPORT_BODY_BYTES = 6_000_000

/**
 * 413 before anything is read when the declared size is too big for the procedure (reliability
 * note H2). tRPC's own `maxBodySize` (MAX_IMPORT_BODY_BYTES) still caps bodies sent without a
 * Content-Length, counting as they stream.
 */
export const bodyLimit: RequestHandler = (req, res, next) => {
  const declared = Number(req.headers['content-length'] ?? 0)
  const limit = req.path.includes('data.importPopulation') ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES
  if (declared > limit) {
    res.status(413).json({ error: { message: 'The request is too large.' } })
    return
  }
  next()
}
