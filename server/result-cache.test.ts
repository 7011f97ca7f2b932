import { isAscii } from 'node:buffer'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  createTestWorld,
  routerProcedures,
  SMALL_SCOPE,
  TEST_PASSWORD,
  type TestWorld,
} from '../tests/helpers/test-users'
import { createApp } from './app'
import { CACHEABLE_QUERIES, createResultCache, type ResultCache } from './result-cache'

/*
 * The cache of public query answers (issue #7) over real HTTP: the same answer as without it,
 * never a stale one after a data change, never an error, never anyone's own data.
 */

const PENDLE = 'E07000122'
const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'permissions-policy',
]

let world: TestWorld
let clock = Date.now()
const servers: { close(): void }[] = []
/** The app as deployed, with its cache, and the same app with the cache turned off. */
let cached: { base: string; cache: ResultCache }
let plain: string

async function listen(cache: ResultCache | null) {
  const app = createApp({
    db: world.db,
    store: world.store,
    resultCache: cache,
    now: () => new Date(clock),
    log: () => undefined,
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function withCache(options?: Parameters<typeof createResultCache>[0]) {
  const cache = createResultCache(options)
  return { base: await listen(cache), cache }
}

beforeAll(async () => {
  world = await createTestWorld()
  cached = await withCache()
  plain = await listen(null)
})

afterAll(() => {
  for (const server of servers) server.close()
})

const url = (procedure: string, input?: unknown) =>
  `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`

const batchUrl = (calls: [string, unknown][]) =>
  `/trpc/${calls.map(([p]) => p).join(',')}?batch=1&input=${encodeURIComponent(
    JSON.stringify(Object.fromEntries(calls.map(([, input], i) => [i, input]))),
  )}`

/** Status, headers and the exact bytes, as sent (no decompression asked for). */
async function get(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, {
    headers: { 'accept-encoding': 'identity', ...headers },
  })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

const ascii = (text: string) => isAscii(Buffer.from(text))

const statsOf = (c: { cache: ResultCache }) => c.cache.stats()

async function login(base: string, email: string) {
  const response = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!
}

function post(base: string, procedure: string, input: unknown, cookie: string) {
  return fetch(`${base}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(input),
  })
}

describe('a repeated public query', () => {
  test('is answered from the cache, byte for byte as the first time, with the same headers', async () => {
    const path = url('scenario.run', { scope: 'E54000048' })
    const uncached = await get(plain, path)
    const before = statsOf(cached)
    const miss = await get(cached.base, path)
    const hit = await get(cached.base, path)
    expect(statsOf(cached)).toMatchObject({
      hits: before.hits + 1,
      misses: before.misses + 1,
      entries: before.entries + 1,
    })

    for (const r of [uncached, miss, hit]) expect(r.status).toBe(200)
    expect(hit.body).toBe(miss.body)
    expect(JSON.parse(hit.body)).toEqual(JSON.parse(uncached.body))
    for (const name of ['content-type', ...SECURITY_HEADERS]) {
      expect([name, miss.headers.get(name)]).toEqual([name, uncached.headers.get(name)])
      expect([name, hit.headers.get(name)]).toEqual([name, uncached.headers.get(name)])
    }
    for (const name of ['etag', 'vary', 'cache-control']) {
      expect([name, hit.headers.get(name)]).toEqual([name, miss.headers.get(name)])
    }
    expect(hit.headers.get('vary')).toBe('trpc-accept, accept, accept-encoding')
    expect(hit.headers.get('cache-control')).toBe('no-cache')
    expect(hit.headers.get('set-cookie')).toBeNull()
  })

  test('an ASCII answer is the very bytes tRPC sends without the cache', async () => {
    // Greater Manchester's register text is plain ASCII (Lancashire's has £ in a funding note).
    for (const path of [url('geography.tree'), url('area.summary', { code: 'E54000057' })]) {
      const uncached = await get(plain, path)
      expect(ascii(uncached.body)).toBe(true)
      await get(cached.base, path)
      expect((await get(cached.base, path)).body).toBe(uncached.body)
    }
  })

  test('other characters are sent as \\u escapes: ASCII, and the same JSON once parsed', async () => {
    // The whole-UK reasons say '0.58 × the standard team'.
    const path = url('scenario.run', { scope: 'K02000001' })
    const uncached = await get(plain, path)
    expect(uncached.body).toContain('×')
    await get(cached.base, path)
    const hit = await get(cached.base, path)
    expect(ascii(hit.body)).toBe(true)
    expect(hit.body).toContain('\\u00d7')
    expect(JSON.parse(hit.body)).toEqual(JSON.parse(uncached.body))
  })

  test('a browser holding the answer gets 304 Not Modified, without the body', async () => {
    const path = url('area.summary', { code: SMALL_SCOPE })
    const first = await get(cached.base, path)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[\w-]+"$/)
    const again = await get(cached.base, path, { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const other = await get(cached.base, path, { 'if-none-match': 'W/"something-else"' })
    expect(other.status).toBe(200)
    expect(other.body).toBe(first.body)
  })

  test('a client that accepts gzip gets the same answer compressed', async () => {
    const path = url('scenario.run', { scope: 'E54000048', strategy: 'standalone' })
    const plainBody = (await get(cached.base, path)).body
    // The gzip copy is made off the event loop after the first answer.
    let response: Response | null = null
    for (let i = 0; i < 100 && response?.headers.get('content-encoding') !== 'gzip'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      response = await fetch(cached.base + path, { headers: { 'accept-encoding': 'gzip' } })
    }
    expect(response!.headers.get('content-encoding')).toBe('gzip')
    expect(Number(response!.headers.get('content-length'))).toBeLessThan(plainBody.length / 3)
    // fetch undoes the gzip: the answer reads exactly as the plain one.
    expect(await response!.text()).toBe(plainBody)
    const refused = await get(cached.base, path, { 'accept-encoding': 'gzip;q=0' })
    expect(refused.headers.get('content-encoding')).toBeNull()
    expect(refused.body).toBe(plainBody)
  })

  test('a batch of public queries is kept whole, and answers as the calls one by one', async () => {
    const path = batchUrl([
      ['scenario.run', { scope: SMALL_SCOPE }],
      ['area.summary', { code: SMALL_SCOPE }],
    ])
    const uncached = await get(plain, path)
    const before = statsOf(cached)
    await get(cached.base, path)
    const hit = await get(cached.base, path)
    expect(statsOf(cached).hits).toBe(before.hits + 1)
    expect(hit.status).toBe(200)
    expect(JSON.parse(hit.body)).toEqual(JSON.parse(uncached.body))
  })
})

describe('never cached', () => {
  test('errors: an unknown area or a bad input is worked out again each time', async () => {
    for (const path of [
      url('scenario.run', { scope: 'E06999999' }),
      url('scenario.run', { scope: 'K02000001', budgetCap: -5 }),
      url('area.summary', { code: 'E06999999' }),
      batchUrl([
        ['area.summary', { code: SMALL_SCOPE }],
        ['area.summary', { code: 'E06999999' }],
      ]),
    ]) {
      const uncached = await get(plain, path)
      const before = statsOf(cached)
      const first = await get(cached.base, path)
      const second = await get(cached.base, path)
      expect(statsOf(cached)).toMatchObject({
        hits: before.hits,
        misses: before.misses + 2,
        entries: before.entries,
      })
      expect(first.status).toBeGreaterThanOrEqual(207)
      expect([first.status, first.body]).toEqual([uncached.status, uncached.body])
      expect([second.status, second.body]).toEqual([uncached.status, uncached.body])
      expect(second.headers.get('etag')).toBeNull()
    }
  })

  test('queries that read more than the model, or the clock, or stream', async () => {
    const before = statsOf(cached)
    for (const [path, headers] of [
      [url('teams.registerCounts'), {}],
      [url('sources.list'), {}],
      [url('data.versions'), {}],
      [url('auth.me'), {}],
      [batchUrl([['area.summary', { code: SMALL_SCOPE }]]), { 'trpc-accept': 'application/jsonl' }],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const response = await get(cached.base, path, headers)
        expect([path, response.status]).toEqual([path, 200])
        expect(response.headers.get('etag')).toBeNull()
      }
    }
    expect(statsOf(cached)).toEqual(before)
  })

  test("a signed-in person's saved scenarios, alone or batched with a public query", async () => {
    const cookieA = await login(cached.base, world.a.editor.email)
    const cookieB = await login(cached.base, world.b.editor.email)
    const created = await post(
      cached.base,
      'scenario.create',
      { name: 'Only for organisation A', settings: { scope: SMALL_SCOPE } },
      cookieA,
    )
    expect(created.status).toBe(200)

    const before = statsOf(cached)
    const list = url('scenario.list', {})
    const mixed = batchUrl([
      ['scenario.run', { scope: SMALL_SCOPE }],
      ['scenario.list', {}],
    ])
    const names = async (path: string, cookie: string) =>
      (await get(cached.base, path, { cookie })).body
    for (let i = 0; i < 2; i++) {
      expect(await names(list, cookieA)).toContain('Only for organisation A')
      expect(await names(list, cookieB)).not.toContain('Only for organisation A')
      expect(await names(mixed, cookieA)).toContain('Only for organisation A')
      expect(await names(mixed, cookieB)).not.toContain('Only for organisation A')
    }
    expect((await get(cached.base, list)).status).toBe(401)
    expect(statsOf(cached)).toEqual(before)
  })
})

describe('a data change', () => {
  test('a new team in the register shows in the next answer, cached or not', async () => {
    const summary = url('area.summary', { code: PENDLE })
    const run = url('scenario.run', { scope: PENDLE })
    const teams = url('teams.list')
    const summaryBefore = await get(cached.base, summary)
    const runBefore = await get(cached.base, run)
    const teamsBefore = await get(cached.base, teams)
    expect((await get(cached.base, run)).body).toBe(runBefore.body) // now a hit
    expect((await get(cached.base, teams)).headers.get('etag')).toBe(
      teamsBefore.headers.get('etag'),
    )
    expect(JSON.parse(summaryBefore.body).result.data.coverage.coverage).toBe(0)

    const cookie = await login(cached.base, world.national.editor.email)
    const team = {
      name: 'Pendle Parent Infant Team',
      hostOrg: 'Lancashire and South Cumbria NHS Foundation Trust',
      laCodes: [PENDLE],
      establishedYear: 2024,
      status: 'operating',
      providesCapacity: true,
      source: 'Commissioning letter, November 2026',
    }
    expect((await post(cached.base, 'teams.create', team, cookie)).status).toBe(200)

    const summaryAfter = await get(cached.base, summary)
    expect(JSON.parse(summaryAfter.body).result.data.coverage.coverage).toBeGreaterThan(0)
    const runAfter = await get(cached.base, run)
    expect(runAfter.body).not.toBe(runBefore.body)
    expect(runAfter.body).toContain('Pendle Parent Infant Team')
    expect(JSON.parse(runAfter.body)).toEqual(JSON.parse((await get(plain, run)).body))
    expect(runAfter.headers.get('etag')).not.toBe(runBefore.headers.get('etag'))
    const teamsAfter = await get(cached.base, teams)
    expect(teamsBefore.body).not.toContain('Pendle Parent Infant Team')
    expect(teamsAfter.body).toContain('Pendle Parent Infant Team')
    expect(JSON.parse(teamsAfter.body)).toEqual(JSON.parse((await get(plain, teams)).body))
  })

  test('any reload of the model empties the cache, even with the same figures', async () => {
    const path = url('area.summary', { code: 'E54000048' })
    await get(cached.base, path)
    await get(cached.base, path)
    const before = statsOf(cached)
    await world.store.reload()
    const after = await get(cached.base, path)
    expect(after.status).toBe(200)
    expect(statsOf(cached)).toMatchObject({ hits: before.hits, misses: before.misses + 1 })
    expect(statsOf(cached).entries).toBe(1)
  })
})

describe('bounded by bytes', () => {
  const areas = ['E06000008', 'E06000009', 'E07000117'].map((code) => url('area.summary', { code }))

  test('the least recently used answer goes first, and the total stays within the bound', async () => {
    // Sizes first, without gzip copies, so the bound can hold any two answers but not three.
    const probe = await withCache({ gzipMinBytes: Infinity })
    const sizes: number[] = []
    for (const path of areas) {
      const before = statsOf(probe).bytes
      await get(probe.base, path)
      sizes.push(statsOf(probe).bytes - before)
    }
    const maxBytes = sizes[0]! + sizes[1]! + sizes[2]! - 1
    const small = await withCache({ maxBytes, gzipMinBytes: Infinity })
    const [a, b, c] = areas as [string, string, string]
    const hitsAfter = async (path: string) => {
      const before = statsOf(small).hits
      expect((await get(small.base, path)).status).toBe(200)
      expect(statsOf(small).bytes).toBeLessThanOrEqual(maxBytes)
      return statsOf(small).hits - before
    }
    expect(await hitsAfter(a)).toBe(0)
    expect(await hitsAfter(b)).toBe(0)
    expect(await hitsAfter(a)).toBe(1) // a is now the most recently used
    expect(await hitsAfter(c)).toBe(0) // so b makes room for c
    expect(await hitsAfter(a)).toBe(1)
    expect(await hitsAfter(c)).toBe(1)
    expect(await hitsAfter(b)).toBe(0)
    expect(statsOf(small).entries).toBe(2)

    // An answer bigger than the whole bound is sent but not kept, and pushes nothing out.
    const entries = statsOf(small).entries
    expect(await hitsAfter(url('scenario.run', { scope: 'K02000001' }))).toBe(0)
    expect(statsOf(small).entries).toBe(entries)
    expect(await hitsAfter(b)).toBe(1)
  })
})

describe('sessions', () => {
  test('a cached answer still keeps a session alive, as any request does', async () => {
    const path = url('area.summary', { code: 'E54000048' })
    const cookie = await login(cached.base, world.c.viewer.email)
    await get(cached.base, path)
    for (let i = 0; i < 3; i++) {
      clock += 20 * 60_000 // 60 minutes in all, never 30 idle
      const before = statsOf(cached).hits
      expect((await get(cached.base, path, { cookie })).status).toBe(200)
      expect(statsOf(cached).hits).toBe(before + 1)
    }
    const me = await get(cached.base, url('auth.me'), { cookie })
    expect(JSON.parse(me.body).result.data).toMatchObject({ email: world.c.viewer.email })
  })

  test('a cached answer clears a cookie whose session has ended', async () => {
    const path = url('area.summary', { code: 'E54000048' })
    await get(cached.base, path)
    const before = statsOf(cached).hits
    const dead = 'c2030_session=this-session-ended-long-ago-0123456789'
    const response = await get(cached.base, path, { cookie: dead })
    expect(statsOf(cached).hits).toBe(before + 1)
    expect(response.headers.get('set-cookie')).toMatch(/^c2030_session=; .*Max-Age=0/)
  })
})

test('every cacheable procedure is a query of the router', () => {
  const queries = new Set(
    routerProcedures()
      .filter((p) => p.type === 'query')
      .map((p) => p.path),
  )
  for (const path of CACHEABLE_QUERIES) expect([path, queries.has(path)]).toEqual([path, true])
})
