import { TRPCError } from '@trpc/server'
import { beforeAll, describe, expect, test } from 'vitest'
import { ZodError } from 'zod'
import { AREA_MEASURES, EXPLAIN_MEASURES, TARGET_YEAR_MEASURES } from '../../shared/domain/explain'
import type { ScenarioResult } from '../../shared/domain/results'
import { createTestCaller } from '../../tests/helpers/test-caller'
import { describeZodError } from '../trpc'

const LANCASHIRE_ICB = 'E54000048'
const BLACKBURN = 'E06000008'

type Caller = Awaited<ReturnType<typeof createTestCaller>>['caller']
let caller: Caller
let run: ScenarioResult

beforeAll(async () => {
  ;({ caller } = await createTestCaller())
  run = await caller.scenario.run({ scope: LANCASHIRE_ICB })
})

describe('scenario.explain on the real data', () => {
  test('every figure of the Lancashire scenario, and of Blackburn with Darwen in it, is the figure the run shows', async () => {
    const settings = { scope: LANCASHIRE_ICB }
    const last = run.years.length - 1
    for (const [y, year] of run.years.entries()) {
      for (const measure of EXPLAIN_MEASURES) {
        if (TARGET_YEAR_MEASURES.includes(measure) && y !== last) continue
        const e = await caller.scenario.explain({ settings, figure: { measure, fy: year.fyStart } })
        const expected =
          measure === 'costPerBabyCovered'
            ? run.costPerBabyCovered
            : measure === 'costPerFamilySupported'
              ? run.money.costPerFamilySupported
              : measure === 'gap'
                ? run.gap.cost
                : year[measure]
        expect(e.value, `${measure} ${year.fy}`).toBe(expected)
      }
      const row = run.areas.find((a) => a.code === BLACKBURN)!
      for (const measure of AREA_MEASURES) {
        if (measure === 'geographicCoverage') continue
        const e = await caller.scenario.explain({
          settings,
          figure: { measure, fy: year.fyStart, area: BLACKBURN },
        })
        const expected =
          measure === 'cumulativeCost'
            ? row.years.slice(0, y + 1).reduce((sum, r) => sum + r.cost, 0)
            : row.years[y]![measure as 'need']
        expect(e.value, `${measure} ${year.fy} for Blackburn with Darwen`).toBeCloseTo(expected, 6)
      }
    }
  })

  test('Blackburn with Darwen’s need shows the 7% need rate, its deprivation weight, marks and sources', async () => {
    const e = await caller.scenario.explain({
      settings: { scope: LANCASHIRE_ICB },
      figure: { measure: 'need', fy: 2027, area: BLACKBURN },
    })
    expect(e.title).toBe('Need in 2027/28 for Blackburn with Darwen')
    expect(e.formula).toMatch(
      /^Need = births [\d,]+ × need rate 7% × deprivation weight 1\.1\d* = \d+(\.\d)? families a year$/,
    )
    const needRate = e.assumptions.find((a) => a.key === 'needRate')
    expect(needRate).toMatchObject({ value: 0.07, mark: 'I', overridden: false })
    expect(e.assumptions.find((a) => a.key === 'deprivationNeedRatio')).toMatchObject({
      value: 1.5,
      mark: 'A',
    })
    expect(e.datasets.find((d) => d.id === 'deprivation')?.published).toMatchObject({
      id: 'la-deprivation-composite',
    })
    expect(needRate?.source).toContain('Parent-Infant Foundation')
    const population = e.datasets.find((d) => d.id === 'population')
    expect(population?.published).toMatchObject({
      id: 'population-by-area',
      licence: 'Open Government Licence v3.0',
    })
    expect(e.dataVersion).toBe(run.dataVersion)
    expect(e.dataVersionLabel).toMatch(/^Default dataset/)
  })

  test('a UK total lists its ten largest authorities and the rest in one line', async () => {
    const e = await caller.scenario.explain({
      settings: { scope: 'K02000001' },
      figure: { measure: 'babiesUnder2', fy: 2026 },
    })
    expect(e.steps).toHaveLength(11)
    expect(e.steps[10]!.label).toBe('351 more authorities')
    const total = e.steps.reduce((sum, s) => sum + s.value!, 0)
    expect(total).toBeCloseTo(e.value!, 3)
  })

  test('the Blackburn with Darwen satellite’s capacity comes from its known staffing', async () => {
    // Its funding ended in March 2025: it counts only in a scenario that sustains it.
    const asFunded = await caller.scenario.explain({
      settings: { scope: LANCASHIRE_ICB },
      figure: { measure: 'capacity', fy: 2026, area: BLACKBURN },
    })
    expect(asFunded.teams.map((t) => t.id)).not.toContain('blackburn-with-darwen-satellite')
    const e = await caller.scenario.explain({
      settings: { scope: LANCASHIRE_ICB, existingTeams: 'sustain' },
      figure: { measure: 'capacity', fy: 2026, area: BLACKBURN },
    })
    const team = e.teams.find((t) => t.id === 'blackburn-with-darwen-satellite')
    // Two therapists × 29.44 families per clinical WTE × (1 − 10% supervision).
    expect(team?.familiesPerYear).toBeCloseTo(2 * 29.44 * 0.9, 9)
    expect(team?.basis).toContain('known staffing')
    expect(team?.source).toContain('Lancashire Telegraph')
  })
})

describe('scenario.explain refuses figures that do not exist, naming the field', () => {
  test('an authority outside the scope is BAD_REQUEST naming it', async () => {
    await expect(
      caller.scenario.explain({
        settings: { scope: LANCASHIRE_ICB },
        figure: { measure: 'cost', area: 'E06000001' },
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message:
        'figure.area: Hartlepool (E06000001) is not in NHS Lancashire and South Cumbria Integrated Care Board',
    })
  })

  test.each([
    [{ measure: 'magic' }, 'figure.measure'],
    [{ measure: 'cost', fy: 2040 }, 'figure.fy'],
    [{ measure: 'cost', fy: 2034 }, 'figure.fy'],
    [{ measure: 'cost', area: 'not a code' }, 'figure.area'],
    [{ measure: 'teams', area: BLACKBURN }, 'figure.measure'],
  ])('%j is BAD_REQUEST naming %s', async (figure, field) => {
    const input = { settings: { scope: LANCASHIRE_ICB }, figure } as Parameters<
      Caller['scenario']['explain']
    >[0]
    const error = await caller.scenario.explain(input).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    expect(shownMessage(error as TRPCError)).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `))
  })

  test('an unknown scope is NOT_FOUND', async () => {
    await expect(
      caller.scenario.explain({ settings: { scope: 'E54999999' }, figure: { measure: 'cost' } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

/** The message a user sees: the error formatter words zod errors by field. */
function shownMessage(error: TRPCError): string {
  return error.cause instanceof ZodError ? describeZodError(error.cause) : error.message
}
