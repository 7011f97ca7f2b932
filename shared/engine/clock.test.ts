import { describe, expect, test } from 'vitest'
import { fyOfDate, newStartsFyOfDate } from '../domain/fiscal-year'
import { runScenario } from './run-scenario'
import { CODES, fixture } from './test-fixture'

describe('the financial year under way', () => {
  test.each([
    ['2026-12-03T12:00:00Z', 2026],
    ['2027-03-31T22:59:59Z', 2026], // 23:59 on 31 March, British Summer Time
    ['2027-03-31T23:00:00Z', 2027], // midnight on 1 April, UK time
    ['2026-01-01T00:00:00Z', 2025],
    ['2026-04-01T00:00:00Z', 2026],
  ])('at %s it is FY%i', (iso, fy) => {
    expect(fyOfDate(new Date(iso))).toBe(fy)
  })

  test('asked again within the minute and across the turn, one after the other', () => {
    const at = (iso: string) => fyOfDate(new Date(iso))
    expect(at('2027-03-31T22:59:00.000Z')).toBe(2026)
    expect(at('2027-03-31T22:59:59.999Z')).toBe(2026)
    expect(at('2027-03-31T23:00:00.000Z')).toBe(2027)
    expect(at('2027-03-31T22:59:59.999Z')).toBe(2026)
    expect(() => at('not a date')).toThrow(RangeError)
  })
})

describe('the first modelled year comes from the clock', () => {
  const later = { ...fixture, currentFy: 2027 }

  test('years start with the one under way and run to the target', () => {
    const r = runScenario(later, { scope: CODES.hb1 })
    expect(r.years.map((y) => y.fy)).toEqual(['2027/28', '2028/29', '2029/30', '2030/31'])
    expect(r.settings.startFy).toBe(2027)
    expect(r.warnings.join(' ')).not.toMatch(/has begun or ended/)
  })

  test('a start year that has passed moves up to now, and says so', () => {
    const r = runScenario(later, { scope: CODES.hb1, startFy: 2025 })
    expect(r.settings.startFy).toBe(2027)
    expect(r.years[0]!.fy).toBe('2027/28')
    expect(r.warnings[0]).toBe(
      '2025/26 has begun or ended, so the plan starts in 2027/28, the financial year under way; earlier years are observed, not modelled.',
    )
  })

  test('a later start is kept, and a target before the start moves with it', () => {
    const r = runScenario(later, { scope: CODES.hb1, startFy: 2029 })
    expect(r.years.map((y) => y.fy)).toEqual(['2029/30', '2030/31'])
    const past = runScenario({ ...fixture, currentFy: 2031 }, { scope: CODES.hb1 })
    expect(past.years.map((y) => y.fy)).toEqual(['2031/32'])
  })

  test('per-authority start years that have passed start now', () => {
    const r = runScenario(later, {
      scope: CODES.hb2,
      overrides: { [CODES.foxtrot]: { option: 'standalone', startFy: 2025 } },
    })
    expect(r.areas.find((a) => a.code === CODES.foxtrot)!.startFy).toBe(2027)
  })
})

describe('new provision starts in April', () => {
  test.each([
    ['2026-04-01T00:00:00+01:00', 2026], // 1 April, UK time: the year under way is open
    ['2026-04-30T22:59:00Z', 2026], // 23:59 on 30 April, British Summer Time
    ['2026-04-30T23:00:00Z', 2027], // 1 May: the next April is the first
    ['2026-12-03T12:00:00Z', 2027],
    ['2027-03-31T22:59:59Z', 2027],
  ])('at %s the first start is FY%i', (iso, fy) => {
    expect(newStartsFyOfDate(new Date(iso))).toBe(fy)
  })

  const pastApril = { ...fixture, currentFy: 2026, newStartsFy: 2027 }

  test.each(['even', 'front-loaded', 'capped'] as const)(
    'past April, %s phasing starts nothing in the year under way',
    (phasing) => {
      const r = runScenario(pastApril, { scope: CODES.nation, phasing, workforceCap: 5 })
      const starts = r.areas.flatMap((a) => (a.startFy === null ? [] : [a.startFy]))
      expect(starts.length).toBeGreaterThan(0)
      expect(Math.min(...starts)).toBe(2027)
      // No new post in the year under way, so its coverage is the existing teams' alone.
      expect(r.years[0]!.clinicalWte).toBe(0)
    },
  )

  test('in April the year under way takes starts, and a start set by hand always stands', () => {
    const april = runScenario({ ...pastApril, newStartsFy: 2026 }, { scope: CODES.nation })
    expect(april.areas.some((a) => a.startFy === 2026)).toBe(true)
    const byHand = runScenario(pastApril, {
      scope: CODES.hb2,
      overrides: { [CODES.foxtrot]: { option: 'standalone', startFy: 2026 } },
    })
    expect(byHand.areas.find((a) => a.code === CODES.foxtrot)!.startFy).toBe(2026)
  })
})
