/**
 * Answers to public, deterministic tRPC queries, kept as the final HTTP bytes (issue #7).
 *
 * The engine is pure and the model is one immutable ModelData snapshot, swapped whole whenever
 * data change (an import, a switch of data version, a teams register edit: all store.reload()
 * here, and store.sync() before each request catches one made by another process on the same
 * database, server/model-store.ts). So the cache is per process, keyed by that snapshot. A GET of a query whose answer depends only on its input and that snapshot can be answered
 * again from the bytes sent the first time, skipping the engine and JSON.stringify (2.5 ms alone
 * for the 550 KB whole-UK run). The key is the snapshot plus the URL after /trpc (procedure path
 * and raw query string, batches included); the model version needs no place in it, because it
 * cannot change without a restart, which empties the cache.
 *
 * Only 200 answers are kept: an error, a refused batch or a half-sent answer never is. A batch is
 * kept only when every call in it is listed below, so a signed-in person's own data (their saved
 * scenarios, `auth.me`) never enter the cache, alone or batched with a public query.
 */
import { isAscii } from 'node:buffer'
import { createHash } from 'node:crypto'
import { gzip } from 'node:zlib'
import type { Request, RequestHandler, Response } from 'express'
import type { ModelData } from '../shared/domain/model-data'
import type { ModelStore } from './model-store'

/**
 * Queries that read nothing but their input and store.current(). teams.list reads the register's
 * rows, but every change to them (teams.create, update, close) commits and then reloads the
 * snapshot, so its answer is fixed for a snapshot too. Left out on purpose: teams.registerCounts
 * (depends on this year), sources.list and data.versions (rows of the database beyond the
 * snapshot), and anything that needs a session.
 */
export const CACHEABLE_QUERIES: ReadonlySet<string> = new Set([
  'scenario.run',
  'area.summary',
  'costing.team',
  'geography.tree',
  'geography.areas',
  'teams.counts',
  'teams.list',
  'assumptions.list',
  'assumptions.pay',
  'assumptions.model',
  'scenario.nationalAsk',
  'scenario.ranges',
  'scenario.sensitivity',
  'scenario.leastCost',
])

/** 64 MiB: over a hundred whole-UK runs, or thousands of ICB runs (about 30 KB each). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

/** Smaller answers gain too little from gzip to be worth a second copy. */
const GZIP_MIN_BYTES = 1024
/** A rough charge for the Map slot and entry object, so many tiny answers still count. */
const ENTRY_OVERHEAD_BYTES = 200

export interface ResultCacheStats {
  hits: number
  misses: number
  entries: number
  /** Bodies, gzip copies and keys, in bytes. */
  bytes: number
}

export interface ResultCacheDeps {
  store: ModelStore
  /**
   * What a /trpc request does besides answering (keep a session alive, clear a dead cookie),
   * still done on a hit. Rejects when the request should take the ordinary path instead.
   */
  touchSession: (req: Request, res: Response) => Promise<unknown>
}

export interface ResultCache {
  /** Mount in front of the tRPC adapter, under the same path. */
  middleware(deps: ResultCacheDeps): RequestHandler
  stats(): ResultCacheStats
}

interface Entry {
  body: Buffer
  /** Made off the event loop when the answer is asked for again by a client accepting gzip. */
  gzipped: Buffer | null
  gzipStarted: boolean
  /** Weak: the plain and gzip bodies are the same answer, so one tag serves both. */
  etag: string
  contentType: string
  vary: string
  size: number
}

/** Least recently used first (a Map keeps insertion order), bounded by total bytes. */
class LruBytes {
  private readonly entries = new Map<string, Entry>()
  bytes = 0

  constructor(private readonly maxBytes: number) {}

  get size() {
    return this.entries.size
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  set(key: string, entry: Entry) {
    this.delete(key)
    if (entry.size > this.maxBytes) return
    this.entries.set(key, entry)
    this.bytes += entry.size
    this.evict()
  }

  /** Adds the gzip copy to an entry still held; one evicted or replaced meanwhile is left be. */
  addGzip(key: string, entry: Entry, gzipped: Buffer) {
    if (this.entries.get(key) !== entry) return
    entry.gzipped = gzipped
    entry.size += gzipped.length
    this.bytes += gzipped.length
    this.evict()
  }

  clear() {
    this.entries.clear()
    this.bytes = 0
  }

  private delete(key: string) {
    const old = this.entries.get(key)
    if (!old) return
    this.entries.delete(key)
    this.bytes -= old.size
  }

  private evict() {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break
      this.delete(key)
    }
  }
}

export interface ResultCacheOptions {
  /** Bodies, gzip copies and keys together; the least recently used go first. */
  maxBytes?: number
  /** Answers at least this long also get a gzip copy once asked for again, off the event loop. */
  gzipMinBytes?: number
}

export function createResultCache({
  maxBytes = DEFAULT_MAX_BYTES,
  gzipMinBytes = GZIP_MIN_BYTES,
}: ResultCacheOptions = {}): ResultCache {
  const lru = new LruBytes(maxBytes)
  // One LRU for the current snapshot, emptied when the snapshot changes: the old answers can
  // never be asked for again, and the byte bound then holds across swaps.
  let snapshot: ModelData | null = null
  let hits = 0
  let misses = 0

  const currentOf = (store: ModelStore): ModelData | null => {
    try {
      return store.current()
    } catch {
      return null // a broken store: the ordinary path reports it
    }
  }

  /*
   * Compressing every new answer was about 4% of the server's CPU under load (issue #7), mostly
   * for answers asked for only once (a random budget cap) or by clients that never accept gzip.
   * So the copy is made on the first hit from a client that accepts gzip; until it is ready the
   * answer goes out plain, as the first answer always did.
   */
  function answerHit(req: Request, res: Response, key: string, entry: Entry) {
    const wantsGzip = acceptsGzip(req.headers['accept-encoding'])
    if (wantsGzip && !entry.gzipStarted && entry.body.length >= gzipMinBytes) {
      entry.gzipStarted = true
      gzip(entry.body, (error, gzipped) => {
        if (!error && gzipped.length < entry.body.length) lru.addGzip(key, entry, gzipped)
      })
    }
    send(req, res, entry, wantsGzip)
  }

  return {
    stats: () => ({ hits, misses, entries: lru.size, bytes: lru.bytes }),

    middleware: ({ store, touchSession }) =>
      function resultCache(req, res, next) {
        const key = cacheKey(req)
        const data = key === null ? null : currentOf(store)
        if (key === null || data === null) return next()
        if (data !== snapshot) {
          lru.clear()
          snapshot = data
        }

        const entry = lru.get(key)
        if (entry) {
          const hit = () => {
            hits += 1
            answerHit(req, res, key, entry)
          }
          // Without a cookie there is no session to keep alive or clear.
          if (req.headers.cookie === undefined) return hit()
          touchSession(req, res)
            .then(hit, () => next())
            .catch(next)
          return
        }

        misses += 1
        let closed = false
        res.once('close', () => (closed = true))
        captureBody(res, (body) => {
          // Kept only if whole, successful, and computed from the snapshot still current.
          const complete = !closed && res.statusCode === 200 && body.length > 0
          if (!complete || currentOf(store) !== data || data !== snapshot) {
            res.end(body)
            return
          }
          const fresh = newEntry(key, body, res)
          lru.set(key, fresh)
          send(req, res, fresh, false)
        })
        next()
      },
  }
}

/** The URL after the mount point for a cacheable GET, or null. */
function cacheKey(req: Request): string | null {
  if (req.method !== 'GET') return null
  // Streamed (JSON Lines) answers are a different body for the same URL.
  if (req.headers['trpc-accept'] !== undefined) return null
  if (req.headers.accept?.includes('application/jsonl')) return null
  const path = req.path.slice(req.path.lastIndexOf('/') + 1)
  let procedures: string[]
  try {
    procedures = decodeURIComponent(path).split(',')
  } catch {
    return null
  }
  return procedures.every((p) => CACHEABLE_QUERIES.has(p)) ? req.url : null
}

function newEntry(key: string, raw: Buffer, res: Response): Entry {
  const contentType = String(res.getHeader('content-type') ?? 'application/json')
  const body = contentType.startsWith('application/json') ? asciiJson(raw) : raw
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27)
  return {
    body,
    gzipped: null,
    gzipStarted: false,
    etag: `W/"${hash}"`,
    contentType,
    vary: String(res.getHeader('vary') ?? ''),
    size: body.length + key.length + ENTRY_OVERHEAD_BYTES,
  }
}

/**
 * The same JSON with every non-ASCII character written as a \u escape, which parses to the same
 * value. A client decodes a pure-ASCII body on its fast path (one-byte strings): the 191 '×'
 * signs in the whole-UK reasons otherwise make the 550 KB answer a two-byte string, and at 10
 * connections autocannon, which decodes every body, took about 10 ms per answer instead of 4.
 * Paid once per entry (about 2 ms for the whole UK); JSON outside strings is ASCII already, and
 * a character beyond U+FFFF becomes its two escaped surrogates, as JSON allows.
 */
function asciiJson(body: Buffer): Buffer {
  if (isAscii(body)) return body
  const text = body.toString('utf8')
  const escaped = text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return Buffer.from(escaped, 'latin1')
}

/** The same headers on a miss and a hit; 304 when the browser already holds this answer. */
function send(req: Request, res: Response, entry: Entry, wantsGzip: boolean) {
  res.statusCode = 200
  res.setHeader('Vary', entry.vary ? `${entry.vary}, accept-encoding` : 'accept-encoding')
  // Stored by browsers but checked each time, so a data change shows at once.
  res.setHeader('Cache-Control', 'no-cache')
  res.setHeader('ETag', entry.etag)
  if (etagMatches(req.headers['if-none-match'], entry.etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  res.setHeader('Content-Type', entry.contentType)
  if (entry.gzipped && wantsGzip) {
    res.setHeader('Content-Encoding', 'gzip')
    res.end(entry.gzipped)
  } else {
    res.end(entry.body)
  }
}

/** True for `gzip`, `x-gzip` or `*` without `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') return false
    const q = params.find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === bare
  })
}

type Chunk = string | Uint8Array
type Callback = (error?: Error | null) => void

/**
 * Holds everything the tRPC adapter writes and hands it over whole at `end`, so the answer can
 * be kept and sent with an ETag. tRPC sends a query's JSON as one string, so nothing is delayed.
 */
function captureBody(res: Response, done: (body: Buffer) => void) {
  const chunks: Buffer[] = []
  const { write, end } = res
  const add = (chunk: Chunk, encoding?: unknown) => {
    chunks.push(
      typeof chunk === 'string'
        ? Buffer.from(chunk, (encoding as BufferEncoding | undefined) ?? 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
    )
  }
  res.write = function (chunk: Chunk, encoding?: unknown, callback?: Callback) {
    add(chunk, typeof encoding === 'function' ? undefined : encoding)
    const cb = typeof encoding === 'function' ? (encoding as Callback) : callback
    if (cb) process.nextTick(cb)
    return true
  } as Response['write']
  res.end = function (chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (chunk != null && typeof chunk !== 'function') {
      add(chunk as Chunk, typeof encoding === 'function' ? undefined : encoding)
    }
    const cb = [chunk, encoding, callback].find((a) => typeof a === 'function') as
      Callback | undefined
    res.write = write
    res.end = end
    if (cb) res.once('finish', () => cb())
    done(Buffer.concat(chunks))
    return res
  } as Response['end']
}
