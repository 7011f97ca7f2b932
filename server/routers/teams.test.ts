import { readFileSync, existsSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseCsv } from '../../shared/csv'
import { createTestCaller } from '../../tests/helpers/test-caller'

test('teams.list returns every known team with its source and status', async () => {
  const { caller } = await createTestCaller()
  const teams = await caller.teams.list()
  expect(teams).toHaveLength(35)
  for (const team of teams) {
    expect(team.source.length).toBeGreaterThan(10)
    expect(team.statusText.length).toBeGreaterThan(3)
  }
})

// When the shared research folder is beside the clone, check against it row by row.
const TEAMS_CSV = '../shared/domain/teams.csv'
test.runIf(existsSync(TEAMS_CSV))('every row of teams.csv is in the register by name', async () => {
  const { caller } = await createTestCaller()
  const names = new Set((await caller.teams.list()).map((t) => t.name))
  const [, ...rows] = parseCsv(readFileSync(TEAMS_CSV, 'utf8'))
  const csvNames = rows.filter((r) => r.length > 1).map((r) => r[0])
  expect(csvNames).toHaveLength(35)
  for (const name of csvNames) expect(names.has(name ?? '')).toBe(true)
})

test('the UK team count runs from 27 in 2019 to 51 in December 2025', async () => {
  const { caller } = await createTestCaller()
  const counts = await caller.teams.counts()
  expect(counts[0]).toMatchObject({ date: '2019-06', count: 27, mark: 'S' })
  expect(counts.at(-1)).toMatchObject({ date: '2025-12', count: 51, mark: 'S' })
})

test('every assumption carries a source, a range around its value and a mark', async () => {
  const { caller } = await createTestCaller()
  const assumptions = await caller.assumptions.list()
  expect(assumptions.length).toBeGreaterThanOrEqual(17)
  for (const a of assumptions) {
    expect(a.source.length).toBeGreaterThan(3)
    expect(['S', 'I', 'A', 'U']).toContain(a.mark)
    expect(a.low).toBeLessThanOrEqual(a.value)
    expect(a.high).toBeGreaterThanOrEqual(a.value)
  }
  expect(assumptions.find((a) => a.key === 'needRate')).toMatchObject({ value: 0.07, mark: 'I' })
})
