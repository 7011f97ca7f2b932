import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { checksum, createTestWorld } from '../tests/helpers/test-users'
import { loadModelData } from './model-data'
import { prepareDatabase } from './prepare'
import { refreshReference } from './reference-refresh'

const dir = mkdtempSync(join(tmpdir(), 'coverage2030-refresh-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a database from an earlier model version', () => {
  test('gets the current defaults, deprivation and trends; people’s work is untouched', async () => {
    const world = await createTestWorld()
    const { db } = world
    // As model 1.0 left it: the old default, no deprivation or trend rows, an old source list.
    await db
      .updateTable('assumptions')
      .set({ value: 46, low: 18.5, high: 55.6 })
      .where('key', '=', 'familiesPerClinicalWte')
      .execute()
    await db.deleteFrom('la_deprivation').execute()
    await db.deleteFrom('nation_trends').execute()
    await db.deleteFrom('sources').where('id', '=', 'la-deprivation-composite').execute()
    // As migration 0008 leaves template posts made before model 2.3: all 'qualified'.
    await db.updateTable('template_roles').set({ route: 'qualified', trainee_band: null }).execute()
    const before = await checksum(db)

    expect(await refreshReference(db)).toEqual([
      'assumptions',
      'template_roles',
      'sources',
      'la_deprivation',
      'nation_trends',
    ])
    const data = await loadModelData(db)
    expect(data.assumptions.find((a) => a.key === 'familiesPerClinicalWte')!.value).toBe(29.44)
    expect(data.las.every((la) => la.deprivation !== null)).toBe(true)
    expect(data.nationTrends).toHaveLength(2)
    const satellite = data.templates.find((t) => t.id === 'satellite')!
    expect(satellite.roles.map((r) => [r.route, r.traineeBand])).toEqual([
      ['recruit-to-train', '6'],
      ['recruit-to-train', '6'],
    ])
    // Saved scenarios, accounts, the audit log, teams and population are as they were.
    expect(await checksum(db)).toBe(before)
    // Run again, it finds nothing to change and writes nothing.
    expect(await refreshReference(db)).toEqual([])
  })

  test('every start of an existing database runs the refresh', async () => {
    const file = join(dir, 'app.sqlite')
    const first = await prepareDatabase(file)
    await first
      .updateTable('assumptions')
      .set({ value: 0.025 })
      .where('key', '=', 'payUplift')
      .execute()
    await first.destroy()
    const again = await prepareDatabase(file)
    const row = await again
      .selectFrom('assumptions')
      .select('value')
      .where('key', '=', 'payUplift')
      .executeTakeFirstOrThrow()
    expect(row.value).toBe(0.03)
    await again.destroy()
  })
})
