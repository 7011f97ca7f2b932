import { beforeAll, describe, expect, test } from 'vitest'
import { PRESETS } from '../../shared/domain/presets'
import { createTestCaller } from '../../tests/helpers/test-caller'

let caller: Awaited<ReturnType<typeof createTestCaller>>['caller']

beforeAll(async () => {
  caller = (await createTestCaller()).caller
})

describe('assumptions.model', () => {
  test('gives the year under way, the version notes with old and new defaults, and the presets', async () => {
    const m = await caller.assumptions.model()
    expect(m.currentFy).toBe(2026) // the test clock: 3 December 2026
    expect(m.modelVersion).toBe('2.4.0')
    expect(m.notes[0]!.version).toBe(m.modelVersion) // newest first
    expect(m.notes[0]!.changes[0]!.to).toMatch(/^upper-tier council by default/)
    const v23 = m.notes.find((n) => n.version === '2.3.0')!
    const supply = v23.changes.find((c) => c.what.startsWith('National supply'))!
    expect(supply.to).toMatch(/^65 new clinical WTE a year for the UK \[A\]/)
    const v22 = m.notes.find((n) => n.version === '2.2.0')!
    const running = v22.changes.find((c) => c.what.startsWith('Running cost'))!
    expect(running.from).toBe('left out of every cost')
    const v21 = m.notes.find((n) => n.version === '2.1.0')!
    const hubLimit = v21.changes.find((c) => c.what.startsWith('Most satellites'))!
    expect(hubLimit.to).toMatch(/^1 \[A\]/)
    const v2 = m.notes.find((n) => n.version === '2.0.0')!
    const perWte = v2.changes.find((c) => c.what === 'Families seen per clinical WTE')!
    expect(perWte.from).toMatch(/^46/)
    expect(perWte.to).toMatch(/^29\.4/)
    expect(m.presets.map((p) => p.id)).toEqual(['evidence', 'pif'])
    expect(m.nationalAsk.annualCost).toBe(73_000_000)
    expect(m.nationTrends.map((t) => t.nation)).toEqual(['N92000002', 'S92000003'])
  })
})

describe('scenario.nationalAsk', () => {
  test('answers for England and for the UK, with the same England figures', async () => {
    const england = await caller.scenario.nationalAsk({ scope: 'E92000001' })
    const uk = await caller.scenario.nationalAsk({ scope: 'K02000001' })
    expect(uk).toEqual(england)
    expect(england.steps[0]!.amount).toBe(73_000_000)
    expect(england.steps.at(-1)!.total).toBeCloseTo(england.model, 3)
  })

  test('the Parent-Infant Foundation preset brings the model close to the ask’s terms', async () => {
    const pif = PRESETS.find((p) => p.id === 'pif')!
    const r = await caller.scenario.nationalAsk({
      scope: 'E92000001',
      assumptions: pif.assumptions,
    })
    const evidence = await caller.scenario.nationalAsk({ scope: 'E92000001' })
    expect(r.model).toBeCloseTo(evidence.pifCalibration, 3)
    expect(r.model).toBeLessThan(evidence.model)
  })

  test('another scope is refused, naming the field and what to give', async () => {
    await expect(caller.scenario.nationalAsk({ scope: 'E54000048' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^scope: the national ask is for England/),
    })
  })
})
