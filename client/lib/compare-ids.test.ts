import { describe, expect, it } from 'vitest'
import { parseCompareIds } from './compare-ids'

describe('parseCompareIds', () => {
  it('reads ids in order', () => {
    expect(parseCompareIds('abcd1234, efgh5678')).toEqual({
      ids: ['abcd1234', 'efgh5678'],
      problems: [],
    })
  })

  it('names each bad id and repeat', () => {
    const { ids, problems } = parseCompareIds('abcd1234,BAD!,abcd1234,efgh5678')
    expect(ids).toEqual(['abcd1234', 'efgh5678'])
    expect(problems).toEqual([
      '“BAD!” is not a scenario id',
      'Scenario abcd1234 is listed more than once',
    ])
  })

  it('needs 2 to 4', () => {
    expect(parseCompareIds(null).problems).toEqual([
      'Choose at least 2 scenarios to compare; this link has none',
    ])
    expect(parseCompareIds('abcd1234').problems[0]).toMatch(/at least 2.*has 1/)
    expect(parseCompareIds('aaaa1111,bbbb2222,cccc3333,dddd4444,eeee5555').problems).toEqual([
      'Compare at most 4 scenarios at once; this link has 5',
    ])
  })
})
