/**
 * HTTP figures against a running production server: autocannon load per endpoint at 1, 10 and 50
 * connections, and a single whole-UK scenario timed request by request. Latencies are collected
 * from each response (float ms) rather than autocannon's histogram, which keeps whole
 * milliseconds only and would read a sub-millisecond /healthz as 0 or 1.
 */
import autocannon from 'autocannon'
import { performance } from 'node:perf_hooks'
import { config } from './config'
import { quantile, summarise } from './stats'
import type { Row } from './table'

const trpc = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`

interface Endpoint {
  name: string
  path: string
  /** A new path for every request (so none is answered from the server's result cache). */
  vary?: (n: number) => string
  /** Target for the p50 ratio against /healthz at 10 connections (issue #7). */
  ratioMax?: number
}

export const ENDPOINTS: readonly Endpoint[] = [
  { name: 'GET /healthz', path: '/healthz' },
  {
    name: 'scenario.run ICB E54000048',
    path: trpc('scenario.run', { scope: 'E54000048' }),
    ratioMax: 2,
  },
  {
    name: 'scenario.run ICB, new settings each request',
    path: trpc('scenario.run', { scope: 'E54000048' }),
    vary: (n) => trpc('scenario.run', { scope: 'E54000048', budgetCap: 1_000_000 + n }),
  },
  {
    name: 'scenario.run UK K02000001',
    path: trpc('scenario.run', { scope: 'K02000001' }),
    ratioMax: 5,
  },
  { name: 'area.summary UK K02000001', path: trpc('area.summary', { code: 'K02000001' }) },
]

/**
 * No Accept-Encoding, although browsers send one: autocannon turns each body into a string, and
 * decoding 115 KB of gzip bytes as UTF-8 made it the bottleneck (646 req/s for the whole-UK answer
 * where a plain node client gets 9,600 gzipped and 4,400 plain). Plain bodies are ASCII.
 */
const HEADERS = {}

interface Load {
  latencies: number[]
  requestsPerSecond: number
  errors: number
}

let requestCounter = 0

export async function load(
  baseUrl: string,
  endpoint: Endpoint,
  connections: number,
  seconds: number,
): Promise<Load> {
  const latencies: number[] = []
  let errors = 0
  const { vary } = endpoint
  const requests = vary
    ? [{ setupRequest: (req: object) => ({ ...req, path: vary(requestCounter++) }) }]
    : undefined
  // The callback form returns the instance, whose 'response' event carries each latency.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: baseUrl + endpoint.path, connections, duration: seconds, headers: HEADERS, requests },
      (error, r) => (error ? reject(error) : resolve(r)),
    )
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(ms)
      else errors += 1
    })
  })
  return {
    latencies,
    requestsPerSecond: latencies.length / seconds,
    errors: errors + result.errors + result.timeouts,
  }
}

export async function benchApi(baseUrl: string): Promise<Row[]> {
  const rows: Row[] = []
  const p50At10 = new Map<string, number>()
  for (const endpoint of ENDPOINTS) {
    // Warm the JIT and the engine's indexes so the first measured second is not the slowest.
    await load(baseUrl, endpoint, 10, config.quick ? 0.5 : 1)
    for (const connections of config.apiConnections) {
      const r = await load(baseUrl, endpoint, connections, config.apiSeconds)
      const { median, p95 } = summarise(r.latencies)
      if (connections === 10) p50At10.set(endpoint.name, median)
      const p97 = quantile(r.latencies, 0.975)
      const p99 = quantile(r.latencies, 0.99)
      rows.push({
        section: 'api',
        name: `${endpoint.name}, ${connections} conn`,
        value: median,
        p95,
        unit: 'ms',
        detail:
          `p97.5 ${p97.toFixed(1)}, p99 ${p99.toFixed(1)} ms; ${Math.round(r.requestsPerSecond)} req/s` +
          (r.errors ? `; ${r.errors} errors` : ''),
        extra: { p97_5: p97, p99, requestsPerSecond: r.requestsPerSecond, errors: r.errors },
      })
    }
  }
  // How much each procedure costs above the bare server (routing, JSON, the engine itself).
  const floor = p50At10.get(ENDPOINTS[0]!.name) ?? NaN
  for (const endpoint of ENDPOINTS.slice(1)) {
    rows.push({
      section: 'api',
      name: `p50 ratio ${endpoint.name} / healthz, 10 conn`,
      value: (p50At10.get(endpoint.name) ?? NaN) / floor,
      unit: '×',
      target: endpoint.ratioMax ? { max: endpoint.ratioMax, on: 'median' } : undefined,
    })
  }
  rows.push(await singleRequests(baseUrl))
  return rows
}

/** One user's view: a whole-UK scenario, one request at a time, body read in full. */
async function singleRequests(baseUrl: string): Promise<Row> {
  const url = baseUrl + ENDPOINTS.find((e) => e.name.includes('UK K02000001'))!.path
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < 5 + config.singleRequests; i++) {
    const t0 = performance.now()
    const res = await fetch(url)
    const body = await res.arrayBuffer()
    if (!res.ok) throw new Error(`scenario.run answered ${res.status}`)
    if (i >= 5) times.push(performance.now() - t0) // the first 5 are warm-up
    bytes = body.byteLength
  }
  const { median, p95, n } = summarise(times)
  return {
    section: 'api',
    name: 'single scenario.run K02000001, sequential',
    value: median,
    p95,
    unit: 'ms',
    target: { max: 50, on: 'median' },
    detail: `${n} requests; response ${(bytes / 1024).toFixed(0)} KB uncompressed`,
    extra: { responseBytes: bytes },
  }
}
