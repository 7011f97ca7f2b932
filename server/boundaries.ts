/**
 * GET /api/boundaries.geojson: the committed, simplified local authority boundaries for the map.
 * A static, cacheable answer rather than a tRPC query, because the file is half a megabyte and the
 * same for every user: browsers keep it for a day and revalidate with its ETag. The file is read
 * and gzipped once, on first request, so startup does not pay for it and no request repeats it.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { RequestHandler } from 'express'
import { SEED_DIR } from '../db/seed-bundle'
import { SEED_FILES } from '../db/seed-format'

export const BOUNDARIES_FILE = join(SEED_DIR, SEED_FILES.boundaries)

interface Loaded {
  body: Buffer
  gzipped: Buffer
  etag: string
}

export function boundariesHandler(file: string = BOUNDARIES_FILE): RequestHandler {
  let loaded: Loaded | null = null
  const load = (): Loaded => {
    if (!loaded) {
      const body = readFileSync(file)
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22)
      loaded = { body, gzipped: gzipSync(body, { level: 9 }), etag: `"${hash}"` }
    }
    return loaded
  }

  return (req, res) => {
    const { body, gzipped, etag } = load()
    res.setHeader('Content-Type', 'application/geo+json')
    res.setHeader('Cache-Control', 'public, max-age=86400')
    res.setHeader('ETag', etag)
    res.setHeader('Vary', 'Accept-Encoding')
    const match = req.headers['if-none-match']
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      res.status(304).end()
      return
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    if (gzip) res.setHeader('Content-Encoding', 'gzip')
    res.status(200).send(gzip ? gzipped : body)
  }
}
