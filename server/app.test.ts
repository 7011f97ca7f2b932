import type { AddressInfo } from 'node:net'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createTestDb } from '../tests/helpers/test-db'
import { createApp } from './app'
import { createModelStore } from './model-store'
import { testClock } from '../tests/helpers/test-clock'

let base = ''
let close: () => void = () => undefined
const logged: string[] = []

beforeAll(async () => {
  const db = await createTestDb()
  const store = await createModelStore(db, testClock)
  const clientDir = mkdtempSync(path.join(tmpdir(), 'c2030-client-'))
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Coverage 2030</title>')
  const app = createApp({ db, store, clientDir, log: (m) => logged.push(m) })
  ;({ base, close } = await listen(app))
  // A store that fails like a broken database stands in for any unexpected fault.
  const broken = {
    ...store,
    current: () => {
      throw new Error('SQLITE_CORRUPT: no such table areas at /work/main/db/model-data.ts:12')
    },
  }
  const faultyApp = createApp({ db, store: broken, clientDir, log: (m) => logged.push(m) })
  ;({ base: faultyBase, close: closeFaulty } = await listen(faultyApp))
})

afterAll(() => {
  close()
  closeFaulty()
})

let faultyBase = ''
let closeFaulty: () => void = () => undefined

async function listen(app: ReturnType<typeof createApp>) {
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => void server.close(),
  }
}

test('an internal fault reaches the user as a generic message, and is logged', async () => {
  for (const url of [
    // Any procedure that reads the model (teams.list reads the register from the database).
    '/trpc/teams.counts',
    '/trpc/area.summary?input=%7B%22code%22%3A%22K02000001%22%7D',
    '/healthz',
  ]) {
    const response = await fetch(faultyBase + url)
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(text).not.toMatch(/SQLITE|no such table|\/work\/|\.ts:\d+/)
    expect(text).toContain('Something went wrong')
  }
  expect(logged.some((m) => m.includes('SQLITE_CORRUPT'))).toBe(true)
})

test('GET /healthz answers 200 with the data version', async () => {
  const response = await fetch(`${base}/healthz`)
  expect(response.status).toBe(200)
  expect(await response.json()).toMatchObject({ status: 'ok', dataVersion: expect.any(String) })
})

test('every response carries the security headers', async () => {
  for (const url of ['/healthz', '/', '/trpc/teams.counts']) {
    const response = await fetch(base + url)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-powered-by')).toBeNull()
  }
})

test('pages are served the app shell so shared addresses work', async () => {
  for (const url of ['/', '/area/E06000008', '/scenarios/new?scope=E54000048', '/sources']) {
    const response = await fetch(base + url)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Coverage 2030</title>')
  }
})

test('a procedure is reachable over HTTP and returns JSON', async () => {
  const input = encodeURIComponent(JSON.stringify({ code: 'K02000001' }))
  const response = await fetch(`${base}/trpc/area.summary?input=${input}`)
  expect(response.status).toBe(200)
  const body = (await response.json()) as { result: { data: { latest: { under2: number } } } }
  expect(body.result.data.latest.under2).toBeGreaterThan(1_000_000)
})

test('a query with a long input can come by POST, as the client sends it, and is still CSRF-checked', async () => {
  // Every authority of the UK overridden: far too long for an address.
  const areas = await (await fetch(`${base}/trpc/geography.areas`)).json()
  const codes = (areas as { result: { data: { code: string; level: string }[] } }).result.data
    .filter((a) => a.level === 'local-authority')
    .map((a) => a.code)
  const overrides = Object.fromEntries(codes.map((code) => [code, { startFy: 2027 }]))
  const body = JSON.stringify({ scope: 'K02000001', overrides })
  expect(body.length).toBeGreaterThan(8000)
  const post = (origin: string | null) =>
    fetch(`${base}/trpc/scenario.run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
      body,
    })
  const response = await post(base)
  expect(response.status).toBe(200)
  const answer = (await response.json()) as { result: { data: { areas: unknown[] } } }
  expect(answer.result.data.areas.length).toBeGreaterThan(300)
  expect((await post('https://elsewhere.example')).status).toBe(403)
})

test('a bad input names the field and leaks nothing internal', async () => {
  const input = encodeURIComponent(JSON.stringify({ scope: 'K02000001', budgetCap: -5 }))
  const response = await fetch(`${base}/trpc/scenario.run?input=${input}`)
  expect(response.status).toBe(400)
  const text = await response.text()
  expect(text).toContain('budgetCap')
  expect(text).not.toMatch(/at .*\.ts:\d+|node_modules|SQLITE|\/work\//)
})

test('malformed JSON and unknown API paths get plain errors, not stack traces', async () => {
  const bad = await fetch(`${base}/trpc/area.summary?input=%7Bnot-json`)
  expect(bad.status).toBe(400)
  expect(await bad.text()).not.toMatch(/at .*\.(ts|js):\d+|node_modules/)
  const missing = await fetch(`${base}/api/nothing-here`)
  expect(missing.status).toBe(404)
})

test('GET /api/boundaries.geojson serves the seed boundaries, cacheable, with an ETag', async () => {
  const response = await fetch(`${base}/api/boundaries.geojson`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/)
  expect(response.headers.get('cache-control')).toBe('public, max-age=86400')
  // fetch asks for gzip and undoes it, so the body reads as plain GeoJSON.
  expect(response.headers.get('content-encoding')).toBe('gzip')
  const etag = response.headers.get('etag')
  expect(etag).toMatch(/^"[\w-]+"$/)
  const body = (await response.json()) as {
    type: string
    features: { properties: { code: string; name: string } }[]
  }
  expect(body.type).toBe('FeatureCollection')
  expect(body.features).toHaveLength(361)
  expect(body.features.map((f) => f.properties.code)).toContain('E06000008')

  const again = await fetch(`${base}/api/boundaries.geojson`, {
    headers: { 'If-None-Match': etag! },
  })
  expect(again.status).toBe(304)
  expect(await again.text()).toBe('')

  const plain = await fetch(`${base}/api/boundaries.geojson`, {
    headers: { 'Accept-Encoding': 'identity' },
  })
  expect(plain.headers.get('content-encoding')).toBeNull()
  expect(plain.headers.get('etag')).toBe(etag)
})

test('oversized batches are refused', async () => {
  const paths = Array.from({ length: 25 }, () => 'teams.counts').join(',')
  const response = await fetch(`${base}/trpc/${paths}?batch=1&input={}`)
  expect(response.status).toBe(400)
})
