import { expect, test } from 'vitest'
import { gapSentence } from './uk-panels'

test('nations missing the same years are named together', () => {
  expect(
    gapSentence([
      { name: 'Scotland', missing: ['mid-2023', 'mid-2024'] },
      { name: 'Northern Ireland', missing: ['mid-2023', 'mid-2024'] },
    ]),
  ).toBe(
    'Scotland and Northern Ireland have not yet published estimates by area for mid-2023 and mid-2024.',
  )
  expect(gapSentence([{ name: 'Wales', missing: ['mid-2024'] }])).toBe(
    'Wales has not yet published estimates by area for mid-2024.',
  )
})
