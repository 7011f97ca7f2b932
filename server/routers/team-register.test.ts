import { beforeAll, describe, expect, test } from 'vitest'
import { failInserts } from '../../tests/helpers/db-state'
import { resolveScope } from '../../shared/engine'
import {
  addOrganisation,
  addUser,
  createTestWorld,
  type TestWorld,
} from '../../tests/helpers/test-users'

/* The editable teams register: changes, conflicts, audit, permissions, and what follows from them. */

const PENDLE = 'E07000122'
const LSC_ICB = 'E54000048'

let world: TestWorld

beforeAll(async () => {
  world = await createTestWorld()
})

const newTeam = (overrides: Record<string, unknown> = {}) => ({
  name: 'Pendle Parent Infant Team',
  hostOrg: 'Lancashire and South Cumbria NHS Foundation Trust',
  laCodes: [PENDLE],
  establishedYear: 2026,
  status: 'operating' as const,
  providesCapacity: true,
  source: 'Commissioning letter, November 2026',
  ...overrides,
})

const auditRows = (entityId: string) =>
  world.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', 'team')
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute()

describe('a national editor', () => {
  test('adds, edits and closes a team, each audited, and coverage and counts follow', async () => {
    const editor = world.as(world.national.editor)
    const pendleBefore = await editor.area.summary({ code: PENDLE })
    expect(pendleBefore.coverage.coverage).toBe(0)
    const countsBefore = await editor.teams.registerCounts()

    const created = await editor.teams.create(newTeam())
    expect(created).toEqual({ id: 'pendle-parent-infant-team', version: 1 })
    const listed = (await editor.teams.list()).find((t) => t.id === created.id)
    expect(listed).toMatchObject({
      name: 'Pendle Parent Infant Team',
      laCodes: [PENDLE],
      areasText: 'Pendle',
      nation: 'E92000001',
      status: 'operating',
      version: 1,
    })
    const pendleAfter = await editor.area.summary({ code: PENDLE })
    expect(pendleAfter.coverage.coverage).toBeGreaterThan(0)
    expect(pendleAfter.teams.map((t) => t.id)).toContain(created.id)

    const countsAfter = await editor.teams.registerCounts()
    const year = (c: typeof countsAfter, y: number) => c.years.find((p) => p.year === y)!.count
    expect(year(countsAfter, 2026)).toBe(year(countsBefore, 2026) + 1)
    expect(year(countsAfter, 2025)).toBe(year(countsBefore, 2025))

    // The same name again gets its own id.
    const twin = await editor.teams.create(
      newTeam({ status: 'unverified', providesCapacity: false }),
    )
    expect(twin.id).toBe('pendle-parent-infant-team-2')

    const updated = await editor.teams.update({
      id: created.id,
      version: 1,
      name: 'Pendle PIP',
      staffing: [{ title: 'Parent-infant therapist', band: '7', wte: 2, clinical: true }],
    })
    expect(updated.version).toBe(2)

    const closed = await editor.teams.close({
      id: created.id,
      version: 2,
      closedDate: '2027-03-31',
      reason: 'Funding ended',
    })
    expect(closed.version).toBe(3)
    expect((await editor.teams.list()).find((t) => t.id === created.id)).toMatchObject({
      status: 'closed',
      providesCapacity: false,
      closedYear: 2027,
      closedDate: '2027-03-31',
    })
    expect((await editor.area.summary({ code: PENDLE })).coverage.coverage).toBe(0)

    const rows = await auditRows(created.id)
    expect(rows.map((r) => [r.action, r.from_version, r.to_version])).toEqual([
      ['team.create', null, 1],
      ['team.update', 1, 2],
      ['team.close', 2, 3],
    ])
    expect(rows.map((r) => JSON.parse(r.detail_json).summary)).toEqual([
      'Added Pendle Parent Infant Team, serving Pendle (operating)',
      'Changed name, staffing of Pendle PIP',
      'Closed Pendle PIP on 2027-03-31: Funding ended',
    ])
    expect(rows[0]).toMatchObject({
      user_id: world.national.editor.id,
      organisation_id: world.national.org.id,
    })
  })

  test('closing a team moves the register count from the year after', async () => {
    const editor = world.as(world.national.admin)
    const oxpip = (await editor.teams.list()).find((t) => t.id === 'oxpip')!
    const before = await editor.teams.registerCounts()
    await editor.teams.close({
      id: 'oxpip',
      version: oxpip.version,
      closedDate: '2024-06-30',
      reason: 'Test closure',
    })
    const after = await editor.teams.registerCounts()
    for (const point of after.years) {
      const was = before.years.find((p) => p.year === point.year)!.count
      expect(point.count, String(point.year)).toBe(point.year > 2024 ? was - 1 : was)
    }
  })

  test('a stale version is a CONFLICT naming who changed it, and writes nothing', async () => {
    const editor = world.as(world.national.editor)
    const { id } = await editor.teams.create(newTeam({ name: 'Stale Team' }))
    await editor.teams.update({ id, version: 1, hostOrg: 'A new host' })
    await expect(editor.teams.update({ id, version: 1, name: 'Lost' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /^This team was changed by .+ at .+ \(version 2\)\. Reload to see their changes/,
      ),
    })
    await expect(
      editor.teams.close({ id, version: 1, closedDate: '2027-01-01', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await auditRows(id)).length).toBe(2)
  })

  test('refuses unknown authorities, hubs and badly formed dates, naming the field', async () => {
    const editor = world.as(world.national.editor)
    const error = await editor.teams.create(newTeam({ laCodes: ['E07999999'] })).catch((e) => e)
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^laCodes:/),
    })
    await expect(editor.teams.create(newTeam({ laCodes: [] }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/laCodes/),
    })
    await expect(editor.teams.create(newTeam({ source: '' }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/source/),
    })
    await expect(editor.teams.create(newTeam({ hubTeamId: 'nope' }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^hubTeamId:/),
    })
    const { id } = await editor.teams.create(newTeam({ name: 'Date Team' }))
    for (const closedDate of ['31/03/2027', '2027-13-01', '2027-3-1']) {
      await expect(
        editor.teams.close({ id, version: 1, closedDate, reason: 'x' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/closedDate/) })
    }
    await expect(
      editor.teams.close({ id, version: 1, closedDate: '2020-01-01', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^closedDate:/) })
    await expect(
      editor.teams.update({ id: 'no-such-team', version: 1, name: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  test('a closed team cannot be changed again', async () => {
    const editor = world.as(world.national.editor)
    const { id } = await editor.teams.create(newTeam({ name: 'Closing Team' }))
    await editor.teams.close({ id, version: 1, closedDate: '2026-12-01', reason: 'Merged' })
    await expect(editor.teams.update({ id, version: 2, name: 'x' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })
  })

  test('when the audit row cannot be written, the team change is rolled back too', async () => {
    const editor = world.as(world.national.editor)
    const { id } = await editor.teams.create(newTeam({ name: 'Fault Team' }))
    const count = async () =>
      (await world.db.selectFrom('teams').select('id').execute()).length +
      (await world.db.selectFrom('audit_log').select('id').execute()).length
    const before = await count()
    const removeFault = await failInserts(world.db, 'audit_log')
    try {
      for (const attempt of [
        () => editor.teams.create(newTeam({ name: 'Never Added' })),
        () =>
          editor.teams.update({ id, version: 1, name: 'Never Renamed', laCodes: ['E06000008'] }),
        () => editor.teams.close({ id, version: 1, closedDate: '2027-01-01', reason: 'x' }),
      ]) {
        await expect(attempt()).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' })
      }
    } finally {
      await removeFault()
    }
    expect(await count()).toBe(before)
    const team = (await editor.teams.list()).find((t) => t.id === id)
    expect(team).toMatchObject({ name: 'Fault Team', version: 1, laCodes: [PENDLE] })
  })
})

describe('a team’s funding', () => {
  // York has no team on the register, so what counts there is the team made here.
  const YORK = 'E06000014'
  test('a team funded for part of a year counts for those months, and stops after unless sustained', async () => {
    const editor = world.as(world.national.editor)
    // The test clock is December 2026, in FY2026/27. Funded April to September 2026: 6 months.
    const { id } = await editor.teams.create(
      newTeam({
        name: 'Half Year Team',
        laCodes: [YORK],
        fundedFrom: '2026-04',
        fundedTo: '2026-09',
      }),
    )
    const listed = (await editor.teams.list()).find((t) => t.id === id)!
    expect(listed).toMatchObject({ fundedFrom: '2026-04', fundedTo: '2026-09', fundingMark: 'S' })
    expect(listed.fundingNote).toMatch(/2026-09/)
    const run = (existingTeams?: 'as-funded' | 'sustain') =>
      editor.scenario.run({
        scope: YORK,
        targetFy: 2027,
        existingTeams,
        overrides: { [YORK]: { option: 'none' } },
      })
    const [y2026, y2027] = (await run()).years
    expect(y2026!.teamsBreakdown.existing).toBeCloseTo(0.5, 9)
    expect(y2026!.existingCost).toBeGreaterThan(0)
    expect(y2027!.teamsBreakdown.existing).toBe(0)
    expect(y2027!.existingCost).toBe(0)
    expect(y2027!.capacity).toBe(0)
    const sustained = await run('sustain')
    expect(sustained.years[1]!.teamsBreakdown.existing).toBeCloseTo(1, 9)
    expect(sustained.years[1]!.renewedCost).toBeCloseTo(sustained.years[1]!.existingCost, 6)
    expect(sustained.years[0]!.renewedCost).toBeCloseTo(sustained.years[0]!.existingCost / 2, 6)

    // Changing only the name keeps the funding as recorded; changing the end records it anew.
    await editor.teams.update({ id, version: 1, name: 'Half Year Team (renamed)' })
    const renamed = (await editor.teams.list()).find((t) => t.id === id)!
    expect(renamed).toMatchObject({ fundedTo: '2026-09', fundingNote: listed.fundingNote })
    await editor.teams.update({ id, version: 2, fundedTo: null })
    const open = (await editor.teams.list()).find((t) => t.id === id)!
    expect(open).toMatchObject({ fundedFrom: '2026-04', fundedTo: null, fundingMark: 'A' })
    expect((await run()).years[1]!.teamsBreakdown.existing).toBeCloseTo(1, 9)
  })

  test('refuses a malformed month or an end before the start, naming the field, and writes nothing', async () => {
    const editor = world.as(world.national.editor)
    const before = (await editor.teams.list()).length
    for (const fundedTo of ['2027-13', '03/2027', '2027-3']) {
      await expect(
        editor.teams.create(newTeam({ name: 'Bad Month Team', fundedTo })),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/fundedTo/) })
    }
    await expect(
      editor.teams.create(
        newTeam({ name: 'Backwards Team', fundedFrom: '2027-04', fundedTo: '2026-03' }),
      ),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^fundedTo: Enter a last funded month in or after 2027-04/),
    })
    const { id } = await editor.teams.create(newTeam({ name: 'Later Team', fundedFrom: '2026-06' }))
    await expect(
      editor.teams.update({ id, version: 1, fundedTo: '2026-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^fundedTo:/) })
    const after = await editor.teams.list()
    expect(after).toHaveLength(before + 1)
    expect(after.find((t) => t.id === id)).toMatchObject({ version: 1, fundedTo: null })
  })
})

describe('who may change the register', () => {
  test('an ICB editor changes teams in their area only, and adds teams only there', async () => {
    const icb = await addOrganisation(world.db, 'Lancashire ICB with area', 'icb', LSC_ICB)
    const data = world.store.current()
    const lsc = resolveScope(data, LSC_ICB)!.las.map((la) => data.las[la.index]!.code)
    expect(lsc).toContain(PENDLE)
    const editor = world.as(await addUser(world.db, icb, 'editor'))

    const { id } = await editor.teams.create(newTeam({ name: 'ICB Pendle Team' }))
    await editor.teams.update({ id, version: 1, hostOrg: 'Changed host' })
    await expect(
      editor.teams.create(newTeam({ name: 'Too far', laCodes: [PENDLE, 'E09000001'] })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    // Moving it wholly out of the area is refused, as is changing a team elsewhere.
    await expect(
      editor.teams.update({ id, version: 2, laCodes: ['E09000001'] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const oxford = (await editor.teams.list()).find((t) => t.id === 'oxpip')!
    await expect(
      editor.teams.update({ id: 'oxpip', version: oxford.version, name: 'x' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  test('editors of an organisation with no area, and viewers, may change nothing', async () => {
    for (const user of [world.a.editor, world.c.admin, world.national.viewer]) {
      await expect(world.as(user).teams.create(newTeam())).rejects.toMatchObject({
        code: 'FORBIDDEN',
      })
    }
    await expect(world.as(null).teams.create(newTeam())).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    })
  })
})
