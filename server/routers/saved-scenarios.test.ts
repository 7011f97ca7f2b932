import { sql } from 'kysely'
import { beforeEach, describe, expect, test } from 'vitest'
import { runScenario } from '../../shared/engine'
import { createTestWorld, SMALL_SCOPE, type TestWorld } from '../../tests/helpers/test-users'

let world: TestWorld

beforeEach(async () => {
  world = await createTestWorld()
})

async function auditRows() {
  return world.db.selectFrom('audit_log').selectAll().orderBy('id').execute()
}

describe('create, rename, edit, clone, archive, delete', () => {
  test('create makes a version-1 draft in the editor’s organisation, with its rationale', async () => {
    const created = await world.as(world.a.editor).scenario.create({
      name: '  Lancashire even phasing ',
      settings: { scope: SMALL_SCOPE, budgetCap: 500_000, assumptions: { needRate: 0.08 } },
      rationale: { budgetCap: 'The ICB’s 2026 envelope', 'a.needRate': 'Local survey', note: '  ' },
    })
    expect(created).toMatchObject({
      name: 'Lancashire even phasing',
      organisation: { id: world.a.org.id },
      status: 'draft',
      archived: false,
      visibility: 'organisation',
      version: 1,
      rationale: { budgetCap: 'The ICB’s 2026 envelope', 'a.needRate': 'Local survey' },
      createdBy: world.a.editor.name,
      updatedBy: world.a.editor.name,
      dataVersion: world.store.current().dataVersion,
      approvedAt: null,
      canEdit: true,
    })
    expect(created.id).toMatch(/^[a-z0-9]{12}$/)
    expect(created.rationale).not.toHaveProperty('note')
  })

  test('an unknown scope is refused naming the field, and nothing is written', async () => {
    await expect(
      world.as(world.a.editor).scenario.create({ name: 'x', settings: { scope: 'E06999999' } }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('settings.scope'),
    })
    expect(await auditRows()).toEqual([])
  })

  test('save renames and edits, one version at a time; saving nothing new is not a new version', async () => {
    const editor = world.as(world.a.editor)
    const v1 = await editor.scenario.create({ name: 'Plan', settings: { scope: SMALL_SCOPE } })
    const v2 = await editor.scenario.save({ id: v1.id, version: 1, name: 'Plan B' })
    expect(v2).toMatchObject({ name: 'Plan B', version: 2 })
    const v3 = await editor.scenario.save({
      id: v1.id,
      version: 2,
      settings: { scope: SMALL_SCOPE, phasing: 'front-loaded', assumptions: { needRate: 0.06 } },
      rationale: { phasing: 'Recruit early while the hub has capacity' },
    })
    expect(v3).toMatchObject({
      version: 3,
      settings: { phasing: 'front-loaded', assumptions: { needRate: 0.06 } },
      rationale: { phasing: 'Recruit early while the hub has capacity' },
    })
    const same = await editor.scenario.save({
      id: v1.id,
      version: 3,
      name: 'Plan B',
      settings: v3.settings,
    })
    expect(same.version).toBe(3)
    const audit = await auditRows()
    expect(audit.map((a) => [a.action, a.from_version, a.to_version])).toEqual([
      ['scenario.create', null, 1],
      ['scenario.save', 1, 2],
      ['scenario.save', 2, 3],
    ])
    expect(JSON.parse(audit[2]!.detail_json)).toMatchObject({
      changed: ['settings.assumptions.needRate', 'settings.phasing', 'rationale'],
    })
  })

  test('a save from a stale version is a CONFLICT that says who changed it, when, and what to do', async () => {
    const v1 = await world.as(world.a.editor).scenario.create({
      name: 'Plan',
      settings: { scope: SMALL_SCOPE },
    })
    await world.as(world.a.admin).scenario.save({ id: v1.id, version: 1, name: 'Admin’s plan' })
    const error = await world
      .as(world.a.editor)
      .scenario.save({ id: v1.id, version: 1, name: 'Mine' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /^This scenario was changed by Lancashire and South Cumbria ICB admin at \d\d:\d\d on \d+ \w+ \d{4} \(version 2\)\. Reload to see their changes, or save yours as a copy\.$/,
      ),
    })
    expect((error as { cause: { detail: unknown } }).cause.detail).toMatchObject({
      id: v1.id,
      currentVersion: 2,
      status: 'draft',
      updatedBy: world.a.admin.name,
    })
    const { scenario } = await world.as(world.a.viewer).scenario.get({ id: v1.id })
    expect(scenario).toMatchObject({ name: 'Admin’s plan', version: 2 })
  })

  test('clone copies settings and rationale into a new draft; the source is untouched', async () => {
    const editor = world.as(world.a.editor)
    const source = await editor.scenario.create({
      name: 'Plan',
      settings: { scope: SMALL_SCOPE, strategy: 'satellite' },
      rationale: { strategy: 'Hub nearby' },
    })
    const copy = await editor.scenario.clone({ id: source.id })
    expect(copy).toMatchObject({
      name: 'Copy of Plan',
      version: 1,
      status: 'draft',
      settings: source.settings,
      rationale: source.rationale,
    })
    expect(copy.id).not.toBe(source.id)
    const named = await editor.scenario.clone({ id: source.id, name: 'Plan, front-loaded' })
    expect(named.name).toBe('Plan, front-loaded')
    expect((await editor.scenario.get({ id: source.id })).scenario.version).toBe(1)
  })

  test('archived scenarios leave the list unless asked for, and come back when restored', async () => {
    const editor = world.as(world.a.editor)
    const s = await editor.scenario.create({ name: 'Old plan', settings: { scope: SMALL_SCOPE } })
    const archived = await editor.scenario.archive({ id: s.id, version: 1, archived: true })
    expect(archived).toMatchObject({ archived: true, version: 2 })
    expect((await editor.scenario.list()).map((x) => x.id)).not.toContain(s.id)
    expect((await editor.scenario.list({ archived: true })).map((x) => x.id)).toEqual([s.id])
    await editor.scenario.archive({ id: s.id, version: 2, archived: false })
    expect((await editor.scenario.list()).map((x) => x.id)).toContain(s.id)
  })

  test('list gives summaries with the scope’s name and no settings', async () => {
    const editor = world.as(world.a.editor)
    await editor.scenario.create({ name: 'Plan', settings: { scope: 'E54000048' } })
    const [summary] = await editor.scenario.list()
    expect(summary).toMatchObject({
      scope: { code: 'E54000048', name: expect.stringMatching(/Lancashire and South Cumbria/) },
    })
    expect(summary).not.toHaveProperty('settings')
    expect(summary).not.toHaveProperty('rationale')
  })

  test('delete removes it for good, is audited, and checks the version', async () => {
    const editor = world.as(world.a.editor)
    const s = await editor.scenario.create({ name: 'Scratch', settings: { scope: SMALL_SCOPE } })
    await expect(editor.scenario.delete({ id: s.id, version: 7 })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(await editor.scenario.delete({ id: s.id, version: 1 })).toEqual({
      id: s.id,
      deleted: true,
    })
    await expect(editor.scenario.get({ id: s.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const last = (await auditRows()).at(-1)!
    expect(last).toMatchObject({ action: 'scenario.delete', entity_id: s.id, from_version: 1 })
    expect(JSON.parse(last.detail_json)).toMatchObject({ name: 'Scratch' })
  })
})

describe('approved for the board', () => {
  test('approve freezes the result, data version and model version; edits are then refused', async () => {
    const editor = world.as(world.a.editor)
    const draft = await editor.scenario.create({
      name: 'Board option A',
      settings: { scope: SMALL_SCOPE, phasing: 'front-loaded' },
    })
    const approved = await editor.scenario.approve({ id: draft.id, version: 1 })
    expect(approved).toMatchObject({
      status: 'approved',
      version: 2,
      approvedBy: world.a.editor.name,
      approvedAt: expect.any(String),
      dataVersion: world.store.current().dataVersion,
      modelVersion: expect.any(String),
      canEdit: false,
    })
    // Called one at a time: a second call made before the first is awaited rejects unhandled.
    for (const attempt of [
      () => editor.scenario.save({ id: draft.id, version: 2, name: 'Changed' }),
      () => editor.scenario.approve({ id: draft.id, version: 2 }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        code: 'PRECONDITION_FAILED',
        message: expect.stringMatching(/approved for the board/),
      })
    }
    // Clone still works, and gives an editable draft.
    const copy = await editor.scenario.clone({ id: draft.id })
    expect(copy).toMatchObject({ status: 'draft', canEdit: true })
    // An editor may archive it but not delete it; an admin may.
    await expect(editor.scenario.delete({ id: draft.id, version: 2 })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })
    await world.as(world.a.admin).scenario.delete({ id: draft.id, version: 2 })
  })

  test('the frozen result is exactly what the engine gives for the same settings and data', async () => {
    const editor = world.as(world.a.editor)
    const draft = await editor.scenario.create({
      name: 'Board option B',
      settings: {
        scope: 'E54000048',
        strategy: 'satellite',
        budgetCap: 2_000_000,
        phasing: 'capped',
      },
    })
    await editor.scenario.approve({ id: draft.id, version: 1 })
    const { result } = await editor.scenario.get({ id: draft.id })
    const row = await world.db
      .selectFrom('scenarios')
      .select(['result_json', 'settings_json'])
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow()
    const rerun = runScenario(world.store.current(), JSON.parse(row.settings_json))
    // Byte for byte: what the board saw is what the same model and data give again.
    expect(JSON.stringify(rerun)).toBe(row.result_json)
    expect(result).toEqual(rerun)
  })

  test('an approved result does not move when the defaults change later; a draft’s does', async () => {
    const editor = world.as(world.a.editor)
    const approved = await editor.scenario.create({
      name: 'Frozen',
      settings: { scope: SMALL_SCOPE },
    })
    await editor.scenario.approve({ id: approved.id, version: 1 })
    const draft = await editor.scenario.create({ name: 'Live', settings: { scope: SMALL_SCOPE } })
    const before = await editor.scenario.compare({ ids: [approved.id, draft.id] })

    // A new default need rate, as a data update would bring.
    await sql`update assumptions set value = high where key = 'needRate'`.execute(world.db)
    await world.store.reload()

    const after = await editor.scenario.compare({ ids: [approved.id, draft.id] })
    expect(after.results[0]).toEqual(before.results[0])
    expect(after.results[1]!.years[0]!.need).toBeGreaterThan(before.results[1]!.years[0]!.need)
  })
})

describe('compare', () => {
  test('gives 2–4 visible scenarios and their results, in the order asked', async () => {
    const editor = world.as(world.a.editor)
    const ids: string[] = []
    for (const strategy of ['standalone', 'satellite', 'mixed'] as const) {
      ids.push(
        (
          await editor.scenario.create({
            name: strategy,
            settings: { scope: SMALL_SCOPE, strategy },
          })
        ).id,
      )
    }
    const comparison = await editor.scenario.compare({ ids: [ids[2]!, ids[0]!, ids[1]!] })
    expect(comparison.scenarios.map((s) => s.name)).toEqual(['mixed', 'standalone', 'satellite'])
    expect(comparison.results.map((r) => r.settings.strategy)).toEqual([
      'mixed',
      'standalone',
      'satellite',
    ])
  })

  test.each([
    [['aaaaaaaaaaaa'], 'at least 2'],
    [['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc', 'dddddddddddd', 'eeeeeeeeeeee'], 'at most 4'],
    [['aaaaaaaaaaaa', 'aaaaaaaaaaaa'], 'only once'],
  ])('refuses %j (%s)', async (ids, message) => {
    await expect(world.as(world.a.viewer).scenario.compare({ ids })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining(message),
    })
  })

  test('NOT_FOUND names the id that is not visible', async () => {
    const mine = await world
      .as(world.a.editor)
      .scenario.create({ name: 'Mine', settings: { scope: SMALL_SCOPE } })
    const theirs = await world
      .as(world.b.editor)
      .scenario.create({ name: 'Theirs', settings: { scope: SMALL_SCOPE } })
    await expect(
      world.as(world.a.viewer).scenario.compare({ ids: [mine.id, theirs.id] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(theirs.id) })
  })
})

describe('organisations and audit', () => {
  test('organisations.list gives every organisation for the share picker', async () => {
    const orgs = await world.as(world.c.viewer).organisations.list()
    expect(orgs.map((o) => o.name)).toEqual([
      'Blackburn with Darwen Council',
      'Greater Manchester ICB',
      'Lancashire and South Cumbria ICB',
      'Parent-infant national programme',
    ])
  })

  test('admins read their organisation’s audit log, newest first, a page at a time', async () => {
    const editor = world.as(world.a.editor)
    const s = await editor.scenario.create({ name: 'Plan', settings: { scope: SMALL_SCOPE } })
    await editor.scenario.save({ id: s.id, version: 1, name: 'Plan 2' })
    await world
      .as(world.b.editor)
      .scenario.create({ name: 'Other', settings: { scope: SMALL_SCOPE } })
    const page = await world.as(world.a.admin).audit.list({ limit: 1 })
    expect(page).toEqual([
      expect.objectContaining({
        action: 'scenario.save',
        userEmail: world.a.editor.email,
        organisationName: world.a.org.name,
        entityId: s.id,
        fromVersion: 1,
        toVersion: 2,
        detail: 'Changed name',
      }),
    ])
    const next = await world.as(world.a.admin).audit.list({ beforeId: page[0]!.id })
    expect(next.map((e) => e.action)).toEqual(['scenario.create'])
  })
})
