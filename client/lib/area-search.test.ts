import { describe, expect, test } from 'vitest'
import type { AreaRef } from '../../shared/domain/geography'
import { searchAreas } from './area-search'

const areas: AreaRef[] = [
  { code: 'K02000001', name: 'United Kingdom', level: 'uk' },
  { code: 'E92000001', name: 'England', level: 'nation' },
  {
    code: 'E54000048',
    name: 'NHS Lancashire and South Cumbria Integrated Care Board',
    level: 'health-body',
  },
  { code: 'E06000008', name: 'Blackburn with Darwen', level: 'local-authority' },
  { code: 'E06000009', name: 'Blackpool', level: 'local-authority' },
  { code: 'E07000117', name: 'Burnley', level: 'local-authority' },
  { code: 'E08000012', name: 'Liverpool', level: 'local-authority' },
  { code: 'E06000010', name: 'Kingston upon Hull, City of', level: 'local-authority' },
  { code: 'S08000031', name: 'Greater Glasgow & Clyde', level: 'health-body' },
]

const names = (query: string) => searchAreas(areas, query).map((a) => a.name)

describe('searchAreas', () => {
  test('finds by the start of any word, in any case', () => {
    expect(names('black')).toEqual(['Blackburn with Darwen', 'Blackpool'])
    expect(names('black dar')).toEqual(['Blackburn with Darwen'])
    expect(names('LANCASHIRE')).toEqual(['NHS Lancashire and South Cumbria Integrated Care Board'])
    expect(names('hull')).toEqual(['Kingston upon Hull, City of'])
  })

  test('finds by exact code or code prefix, exact first', () => {
    expect(searchAreas(areas, 'e06000008')[0]?.code).toBe('E06000008')
    expect(searchAreas(areas, 'E060').map((a) => a.code)).toEqual([
      'E06000008',
      'E06000009',
      'E06000010',
    ])
  })

  test('treats & and "and" alike', () => {
    expect(names('glasgow and clyde')).toEqual(['Greater Glasgow & Clyde'])
  })

  test('names starting with the query come before other matches', () => {
    expect(names('l')).toEqual([
      'Liverpool',
      'NHS Lancashire and South Cumbria Integrated Care Board',
    ])
  })

  test('returns nothing for an empty query and respects the limit', () => {
    expect(searchAreas(areas, '   ')).toEqual([])
    expect(searchAreas(areas, 'b', 2)).toHaveLength(2)
  })
})
