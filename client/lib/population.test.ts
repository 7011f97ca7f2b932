import { expect, test } from 'vitest'
import { headlinePopulation } from './population'

const point = (midYear: number, under2: number | null, complete: boolean) => ({
  midYear,
  age0: under2 === null ? null : under2 / 2,
  age1: under2 === null ? null : under2 / 2,
  under2,
  complete,
})

test('the UK headline is the last year with every nation, and says later years are partial', () => {
  const summary = {
    population: [
      point(2021, 1_400_000, true),
      point(2022, 1_384_780, true),
      point(2023, 1_250_000, false),
      point(2024, null, false),
    ],
    latest: { midYear: 2024, under2: 1_240_000, age0: 620_000, age1: 620_000 },
  }
  expect(headlinePopulation(summary)).toMatchObject({
    midYear: 2022,
    under2: 1_384_780,
    laterIncomplete: true,
  })
})

test('an area with complete data headlines its latest year', () => {
  const summary = {
    population: [point(2023, 3000, true), point(2024, 3100, true)],
    latest: { midYear: 2024, under2: 3100, age0: 1550, age1: 1550 },
  }
  expect(headlinePopulation(summary)).toMatchObject({
    midYear: 2024,
    under2: 3100,
    laterIncomplete: false,
  })
})

test('falls back to the server’s latest figure when no year is complete', () => {
  const summary = {
    population: [point(2024, null, false)],
    latest: { midYear: 2022, under2: 10, age0: 5, age1: 5 },
  }
  expect(headlinePopulation(summary)).toMatchObject({ midYear: 2022, under2: 10 })
})
