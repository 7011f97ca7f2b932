import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  AREA_MEASURES,
  EXPLAIN_MEASURES,
  TARGET_YEAR_MEASURES,
  type ExplainMeasure,
  type ExplainStep,
  type Explanation,
} from '../../domain/explain'
import type { ScenarioResult } from '../../domain/results'
import { runScenario } from '../run-scenario'
import { settingsArbitrary } from '../settings-arbitrary.test-util'
import { CODES, fixture, makeFixture } from '../test-fixture'
import { ExplainFigureError } from './errors'
import { explainFigure } from './explain-figure'
import { valueText } from './rollup'

const SCOPES = ['K02000001', CODES.hb1, CODES.hb2, CODES.delta, CODES.echo, CODES.alpha]
const LA_CODES = [CODES.alpha, CODES.bravo, CODES.charlie, CODES.echo, CODES.foxtrot]

const settingsArb = settingsArbitrary({
  scopes: SCOPES,
  laCodes: LA_CODES,
  hubTeamIds: ['alpha-team', 'charlie-team'],
})

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

const sum = (steps: readonly ExplainStep[]) => steps.reduce((s, c) => s + (c.value ?? 0), 0)

/** What the results show for a figure, read the way the pages read it. */
function shown(
  result: ScenarioResult,
  measure: ExplainMeasure,
  y: number,
  area: string | null,
): number | null {
  if (area) {
    const row = result.areas.find((a) => a.code === area)!
    if (measure === 'cumulativeCost') {
      // The authority table: every year up to this one.
      return row.years
        .filter((r) => r.fyStart <= row.years[y]!.fyStart)
        .reduce((s, r) => s + r.cost, 0)
    }
    return row.years[y]![measure as 'need']
  }
  if (measure === 'costPerBabyCovered') return result.costPerBabyCovered
  if (measure === 'costPerFamilySupported') return result.money.costPerFamilySupported
  if (measure === 'gap') return result.gap.cost
  return result.years[y]![measure as 'need']
}

/** The parts listed under a figure add back up to it, by the figure's own rule. */
function checkParts(e: Explanation, result: ScenarioResult, y: number): void {
  const value = e.value ?? 0
  const steps = e.steps
  const by = (label: string) => steps.find((s) => s.label === label)
  switch (e.measure) {
    case 'babiesUnder2':
    case 'births':
    case 'need':
    case 'capacity':
      if (!e.area && result.areas.length > 1) expect(close(sum(steps), value)).toBe(true)
      break
    case 'cost':
    case 'cumulativeCost':
    case 'existingCost':
      if (steps.length > 0) expect(close(sum(steps), value)).toBe(true)
      break
    case 'teams':
      expect(close(sum(steps.filter((s) => s.label !== 'Existing teams expanded')), value)).toBe(
        true,
      )
      break
    case 'wte':
      expect(close(sum(steps.filter((s) => s.label !== 'By pay band')), value)).toBe(true)
      break
    case 'coverage':
    case 'geographicCoverage': {
      const babies = result.years[y]!.babiesUnder2
      if (!e.area && result.areas.length > 1 && babies > 0) {
        expect(close(Math.min(1, sum(steps) / babies), value)).toBe(true)
      }
      break
    }
    case 'gap': {
      const families = by('Families still without capacity')!
      expect(close(families.value!, result.gap.families)).toBe(true)
      if (families.children?.length)
        expect(close(sum(families.children), families.value!)).toBe(true)
      break
    }
    case 'costPerBabyCovered':
      break
  }
  // Existing and new capacity of an authority are the sums of their teams and projects.
  walk(steps, (s) => {
    if (/^(Existing teams|New provision) in /.test(s.label) && s.children?.length) {
      expect(close(sum(s.children), s.value!)).toBe(true)
    }
  })
}

function walk(steps: readonly ExplainStep[], visit: (s: ExplainStep) => void): void {
  for (const s of steps) {
    visit(s)
    if (s.children) walk(s.children, visit)
  }
}

function figuresOf(result: ScenarioResult) {
  const out: { measure: ExplainMeasure; y: number; area: string | null }[] = []
  result.years.forEach((_, y) => {
    for (const measure of EXPLAIN_MEASURES) {
      if (TARGET_YEAR_MEASURES.includes(measure) && y !== result.years.length - 1) continue
      out.push({ measure, y, area: null })
    }
    for (const area of result.areas) {
      for (const measure of AREA_MEASURES) out.push({ measure, y, area: area.code })
    }
  })
  return out
}

describe('existing teams’ running cost', () => {
  test('a team funded to November counts 8 of the 12 months, and a sustained one renews the rest', () => {
    const data = makeFixture()
    data.teams.find((t) => t.id === 'charlie-team')!.fundedTo = '2025-11'
    const settings = { scope: CODES.charlie, targetFy: 2026 }
    const result = runScenario(data, settings)
    const e = explainFigure(data, settings, { measure: 'existingCost', fy: 2025 })
    expect(e.value).toBe(result.years[0]!.existingCost)
    const charlie = e.steps.find((s) => s.label === 'Charlie Team')!
    expect(charlie.formula).toContain('× 8/12 (it works 8 of the year')
    // FACTS §3.4 full costs × 1.2 overhead: band 4 £39,251 → £47,102; band 7 £69,019 → £82,823.
    expect(charlie.children![0]!.formula).toBe(
      'Running cost (its known posts) = 1 WTE band 4 × £47,102 + 2 WTE band 7 × £82,823 = £212,747',
    )
    expect(explainFigure(data, settings, { measure: 'existingCost', fy: 2026 }).formula).toMatch(
      /^No register team works in Charlie in 2026\/27/,
    )
    const sustained = explainFigure(
      data,
      { ...settings, existingTeams: 'sustain' },
      { measure: 'existingCost', fy: 2026, area: CODES.charlie },
    )
    expect(sustained.steps[0]!.formula).toContain('12 of them renewing funding that ended')
    expect(sustained.notes.some((n) => n.startsWith('Existing teams’ running cost'))).toBe(true)
  })
})

describe('explainFigure on random settings', () => {
  test('every figure’s value is the one runScenario shows, its formula ends on it, and its parts add up', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const result = runScenario(fixture, settings)
        for (const { measure, y, area } of figuresOf(result)) {
          const fy = result.years[y]!.fyStart
          const e = explainFigure(fixture, settings, { measure, fy, area: area ?? undefined })
          const expected = shown(result, measure, y, area)
          if (measure === 'geographicCoverage' && area) {
            // Not in the per-authority results: bounded like the scope's figure.
            expect(e.value).toBeGreaterThanOrEqual(0)
            expect(e.value).toBeLessThanOrEqual(1)
          } else if (measure === 'cumulativeCost' && area) {
            expect(close(e.value!, expected!)).toBe(true)
          } else {
            expect(e.value).toBe(expected)
          }
          if (e.value !== null) expect(e.formula).toContain(valueText(e.value, e.unit))
          expect(e.modelVersion).toBe(result.modelVersion)
          expect(e.dataVersion).toBe(result.dataVersion)
          checkParts(e, result, y)
        }
      }),
      { numRuns: 30 },
    )
    // Thirty runs of every figure: seconds alone, longer when the whole suite shares the cores.
  }, 30_000)

  test('every assumption listed carries its mark, source and default, and is flagged when the scenario changes it', () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(...EXPLAIN_MEASURES), (settings, measure) => {
        const e = explainFigure(fixture, settings, { measure })
        for (const a of e.assumptions) {
          expect(['S', 'I', 'A', 'U']).toContain(a.mark)
          expect(a.source).toBe('Test fixture')
          const given = settings.assumptions?.[a.key]
          expect(a.overridden).toBe(given !== undefined && given !== a.default)
          expect(a.value).toBe(given ?? a.default)
        }
        const changed = e.assumptions.filter((a) => a.overridden)
        expect(e.notes.some((n) => n.startsWith('This scenario changes'))).toBe(changed.length > 0)
      }),
      { numRuns: 100 },
    )
  })
})

describe('explainFigure formulas', () => {
  const settings = { scope: CODES.hb1 }

  test('cost per family supported is the target year’s cost ÷ the families new provision supports', () => {
    const run = runScenario(fixture, { scope: CODES.hb2 })
    const e = explainFigure(fixture, { scope: CODES.hb2 }, { measure: 'costPerFamilySupported' })
    expect(e.value).toBe(run.money.costPerFamilySupported)
    expect(e.formula).toMatch(
      /^Cost per family supported = cost of new provision in 2030\/31 £[\d,]+ ÷ families it supports [\d,.]+ = £[\d,]+ per family$/,
    )
    const families = e.steps.find((s) => s.label.startsWith('Families supported'))!
    expect(families.value).toBeCloseTo(run.years.at(-1)!.newFamiliesSupported, 9)
  })

  test('need is births × the need rate, with both filled in, for an authority', () => {
    const e = explainFigure(fixture, settings, { measure: 'need', fy: 2025, area: CODES.alpha })
    // Alpha: 1,000 births at mid-2024 carried to mid-2025 by the projection (1% fewer).
    expect(e.title).toBe('Need in 2025/26 for Alpha')
    expect(e.value).toBeCloseTo(990 * 0.07, 9)
    expect(e.formula).toBe('Need = births 990 × need rate 7% = 69.3 families a year')
    expect(e.steps[0]!.formula).toContain('1,000 at mid-2024 (the last published) × 0.99')
    const needRate = e.assumptions.find((a) => a.key === 'needRate')!
    expect(needRate).toMatchObject({ value: 0.07, default: 0.07, mark: 'A', overridden: false })
    expect(e.datasets.map((d) => [d.id, d.mark])).toEqual([
      ['population', 'S'],
      ['projection', 'I'],
    ])
  })

  test('an overridden need rate is used, listed as changed and noted', () => {
    const e = explainFigure(
      fixture,
      { ...settings, assumptions: { needRate: 0.1 } },
      { measure: 'need', fy: 2025, area: CODES.alpha },
    )
    expect(e.formula).toBe('Need = births 990 × need rate 10% = 99 families a year')
    expect(e.assumptions.find((a) => a.key === 'needRate')).toMatchObject({
      value: 0.1,
      default: 0.07,
      overridden: true,
    })
    expect(e.notes[0]).toContain('needRate: 10% (default 7%)')
  })

  test('observed years read straight from the estimates', () => {
    // A clock in FY2024/25, whose mid-year estimate is published.
    const e = explainFigure(
      { ...fixture, currentFy: 2024 },
      { scope: CODES.alpha, startFy: 2024 },
      {
        measure: 'babiesUnder2',
        fy: 2024,
      },
    )
    expect(e.formula).toBe(
      'Babies under two = aged 0 (1,000) + aged 1 (1,050) at mid-2024, as published = 2,050 babies',
    )
    expect(e.datasets.map((d) => d.id)).toEqual(['population'])
  })

  test('a split authority counts its share, and the split is named among the data', () => {
    const e = explainFigure(fixture, settings, {
      measure: 'babiesUnder2',
      fy: 2025,
      area: CODES.echo,
    })
    expect(e.formula).toMatch(
      /^25% of Echo is in NHS North Test ICB: 25% × 8,019 babies = 2,005 babies$/,
    )
    expect(e.datasets.map((d) => d.id)).toContain('health-body-shares')
    expect(e.notes.join(' ')).toContain('Only part of Echo is in NHS North Test ICB')
  })

  test('existing capacity names the register team, its basis and how it is shared by need', () => {
    const e = explainFigure(fixture, settings, { measure: 'capacity', fy: 2025, area: CODES.alpha })
    const existing = e.steps.find((s) => s.label === 'Existing teams in Alpha')!
    expect(existing.children![0]!.label).toBe('Alpha Team')
    // Alpha Team serves Alpha and Bravo: a third of their need is Alpha's.
    expect(existing.children![0]!.formula).toMatch(
      /^106 families a year \(staffing not known: the assumed 106 families a year per team\) × 33.3% of it here/,
    )
    expect(e.teams.map((t) => [t.id, t.familiesPerYear, t.mark])).toEqual([
      ['alpha-team', 106, 'S'],
    ])
  })

  test('cost shows each band’s rate built from salary, NI above the threshold, pension and overhead', () => {
    const e = explainFigure(
      fixture,
      { scope: CODES.foxtrot, strategy: 'standalone', phasing: 'front-loaded' },
      {
        measure: 'cost',
        fy: 2025,
      },
    )
    const project = e.steps[0]!
    expect(project.label).toBe('New standalone team for Foxtrot')
    const cost = project.children![0]!
    expect(cost.formula).toContain('one-off set-up and training £30,000')
    const band6 = cost.children!.find((s) => s.label === 'Band 6 in 2025/26')!
    // 40,823 + 15% × (40,823 − 5,000) + 23.78% × 40,823, × 1.2.
    const rate = (40_823 + 0.15 * 35_823 + 0.2378 * 40_823) * 1.2
    expect(band6.value).toBeCloseTo(rate, 6)
    expect(band6.formula).toBe(
      `One WTE at band 6 = (salary £40,823 + employer NI 15% × (£40,823 − £5,000) = £5,373 + employer pension 23.78% × £40,823 = £9,708) × (1 + non-pay overhead 20%) = £${Math.round(rate).toLocaleString('en-GB')} a year`,
    )
    expect(band6.children![0]!.formula).toBe(
      'Salary = the 2025/26 intermediate point £40,823, as published = £40,823',
    )
    const keys = e.assumptions.map((a) => a.key)
    for (const key of [
      'employerNiRate',
      'employerPensionRate',
      'nonPayOverhead',
      'setupCostStandard',
    ])
      expect(keys).toContain(key)
    expect(e.notes).toContain(
      'Costs are of new provision; existing teams’ running cost is shown apart, and in the total.',
    )
  })

  test('later years uplift the newest pay scale by the pay uplift', () => {
    const e = explainFigure(
      fixture,
      { scope: CODES.foxtrot, strategy: 'standalone', phasing: 'front-loaded' },
      {
        measure: 'cost',
        fy: 2027,
      },
    )
    const salary = e.steps[0]!.children![0]!.children!.find((s) => s.label === 'Band 6 in 2027/28')!
      .children![0]!
    expect(salary.formula).toBe(
      `Salary = the 2025/26 intermediate point £40,823 × (1 + pay uplift 2.5%)^2 = £${Math.round(40_823 * 1.025 ** 2).toLocaleString('en-GB')}`,
    )
  })

  test('gap is the clinical staff still needed at the cost of a standard team’s clinical WTE', () => {
    const e = explainFigure(
      fixture,
      { scope: CODES.hb2, budgetCap: 60_000, phasing: 'capped' },
      {
        measure: 'gap',
      },
    )
    const result = runScenario(fixture, { scope: CODES.hb2, budgetCap: 60_000, phasing: 'capped' })
    expect(result.gap.families).toBeGreaterThan(0)
    expect(e.value).toBe(result.gap.cost)
    const [families, wte, rate] = e.steps
    expect(close(wte!.value! * rate!.value!, e.value!)).toBe(true)
    expect(close(families!.value! / wte!.value!, 46 * 0.9)).toBe(true)
  })
})

describe('explainFigure refuses figures that do not exist, naming the field', () => {
  const scope = { scope: CODES.hb1 }
  const refused = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      expect(error).toBeInstanceOf(ExplainFigureError)
      return error as ExplainFigureError
    }
    throw new Error('not refused')
  }

  test('an authority outside the scope', () => {
    const error = refused(() =>
      explainFigure(fixture, scope, { measure: 'need', area: CODES.charlie }),
    )
    expect(error.field).toBe('figure.area')
    expect(error.message).toBe(`Charlie (${CODES.charlie}) is not in NHS North Test ICB`)
  })

  test('a code that is not an authority', () => {
    const error = refused(() =>
      explainFigure(fixture, scope, { measure: 'need', area: 'E06999999' }),
    )
    expect(error.field).toBe('figure.area')
  })

  test('a year the scenario does not model', () => {
    const error = refused(() => explainFigure(fixture, scope, { measure: 'cost', fy: 2033 }))
    expect(error).toMatchObject({ field: 'figure.fy' })
    expect(error.message).toContain('2025/26 to 2030/31')
  })

  test('a whole-scope measure asked of one authority, or a target-year measure of another year', () => {
    expect(
      refused(() => explainFigure(fixture, scope, { measure: 'teams', area: CODES.alpha })).field,
    ).toBe('figure.measure')
    expect(refused(() => explainFigure(fixture, scope, { measure: 'gap', fy: 2026 })).field).toBe(
      'figure.fy',
    )
  })
})
