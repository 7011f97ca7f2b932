import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import {
  createTestWorld,
  SMALL_SCOPE,
  TEST_PASSWORD,
  type TestWorld,
} from '../../tests/helpers/test-users'
import { readTidyCsv, unzipText } from '../../tests/helpers/read-tidy-csv'
import { createApp } from '../app'

/* GET /api/export/scenario/:id.csv|.xlsx: the page's own sign-in and organisation rules apply. */

let world: TestWorld
let base = ''
let close = () => undefined as void
let approvedId = ''

beforeAll(async () => {
  world = await createTestWorld()
  const app = createApp({ db: world.db, store: world.store, log: () => undefined })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => void server.close()
  const editor = world.as(world.a.editor)
  const created = await editor.scenario.create({
    name: '=HYPERLINK("x") Lancashire plan',
    settings: { scope: SMALL_SCOPE, budgetCap: 400_000 },
    rationale: { budgetCap: '+Agreed at finance committee' },
  })
  approvedId = (await editor.scenario.approve({ id: created.id, version: 1 })).id
})

afterAll(() => close())

async function cookieFor(email: string) {
  const response = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!
}

test('its organisation downloads the approved scenario with its name, rationale and versions', async () => {
  const cookie = await cookieFor(world.a.viewer.email)
  const response = await fetch(`${base}/api/export/scenario/${approvedId}.csv`, {
    headers: { cookie },
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=/)
  readTidyCsv(await response.text())
  const zip = await fetch(`${base}/api/export/scenario/${approvedId}.zip`, { headers: { cookie } })
  expect(zip.status).toBe(200)
  const files = unzipText(new Uint8Array(await zip.arrayBuffer()))
  // Every file reads back as a tidy table; free text a spreadsheet would run is written inert.
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('.csv')) readTidyCsv(text, name)
  }
  const about = readTidyCsv(files['about.csv']!).records
  expect(about).toContainEqual(expect.objectContaining({ item: 'Scenario id', value: approvedId }))
  expect(about.find((r) => r.item === 'Title')?.value).toContain('=HYPERLINK("x") Lancashire plan')
  const settings = readTidyCsv(files['settings.csv']!).records
  expect(settings.find((r) => r.setting?.startsWith('Annual budget cap'))?.rationale).toBe(
    "'+Agreed at finance committee",
  )
  const xlsx = await fetch(`${base}/api/export/scenario/${approvedId}.xlsx`, {
    headers: { cookie },
  })
  expect(xlsx.status).toBe(200)
  expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
})

test('signed out is 401, another organisation 404, and neither learns anything', async () => {
  const anonymous = await fetch(`${base}/api/export/scenario/${approvedId}.csv`)
  expect(anonymous.status).toBe(401)
  const cookie = await cookieFor(world.b.editor.email)
  const other = await fetch(`${base}/api/export/scenario/${approvedId}.csv`, {
    headers: { cookie },
  })
  expect(other.status).toBe(404)
  expect(await other.text()).not.toContain('Lancashire plan')
})

test('a malformed id is not found', async () => {
  const response = await fetch(`${base}/api/export/scenario/..%2Fetc.csv`)
  expect(response.status).toBe(404)
})
