import { describe, expect, test } from 'vitest'
import { createTestCaller } from '../../tests/helpers/test-caller'

describe('area.summary', () => {
  test('reports the UK under-2 population at mid-2022 as exactly 1,384,780', async () => {
    const { caller } = await createTestCaller()
    const uk = await caller.area.summary({ code: 'K02000001' })
    expect(uk.area.name).toMatch(/United Kingdom/i)
    expect(uk.population.find((p) => p.midYear === 2022)?.under2).toBe(1_384_780)
  })

  test('reports each nation at mid-2022 as ONS published it', async () => {
    const { caller } = await createTestCaller()
    const expected = {
      E92000001: 1_188_871,
      W92000004: 57_923,
      S92000003: 94_824,
      N92000002: 43_162,
    }
    for (const [code, under2] of Object.entries(expected)) {
      const nation = await caller.area.summary({ code })
      expect(nation.population.find((p) => p.midYear === 2022)?.under2).toBe(under2)
    }
  })

  test('marks years where Scotland has no estimate as incomplete rather than zero', async () => {
    const { caller } = await createTestCaller()
    const scotland = await caller.area.summary({ code: 'S92000003' })
    const mid2024 = scotland.population.find((p) => p.midYear === 2024)
    expect(mid2024?.complete).toBe(false)
    expect(mid2024?.under2 ?? null).toBeNull()
  })

  test('gives a local authority its neighbours, breadcrumbs and teams', async () => {
    const { caller } = await createTestCaller()
    const blackburn = await caller.area.summary({ code: 'E06000008' })
    expect(blackburn.area.name).toBe('Blackburn with Darwen')
    expect(blackburn.breadcrumbs.map((b) => b.code)).toEqual(
      expect.arrayContaining(['K02000001', 'E92000001']),
    )
    expect(blackburn.neighbours.length).toBeGreaterThan(0)
    expect(blackburn.teams.some((t) => t.status === 'satellite')).toBe(true)
    expect(blackburn.familyHubs).toBe(true)
  })

  test('refuses an unknown area code with NOT_FOUND naming the code', async () => {
    const { caller } = await createTestCaller()
    await expect(caller.area.summary({ code: 'E99999999' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('E99999999'),
    })
  })

  test('refuses a malformed code as a bad request', async () => {
    const { caller } = await createTestCaller()
    await expect(caller.area.summary({ code: 'drop table' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
  })
})
