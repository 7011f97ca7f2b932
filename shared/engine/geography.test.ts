import { describe, expect, test } from 'vitest'
import { geographyTree, listAreas } from './geography-tree'
import { resolveScope } from './scope'
import { CODES, fixture } from './test-fixture'

describe('resolveScope', () => {
  test.each([
    ['K02000001', 'uk', 5],
    [CODES.nation, 'nation', 5],
    [CODES.hb1, 'health-body', 3],
    [CODES.delta, 'upper-tier', 2],
    [CODES.alpha, 'local-authority', 1],
  ])('resolves %s as %s with %i authorities', (code, level, count) => {
    const scope = resolveScope(fixture, code)!
    expect(scope.ref.level).toBe(level)
    expect(scope.las).toHaveLength(count)
  })

  test('a health body carries the share of each split authority', () => {
    const hb1 = resolveScope(fixture, CODES.hb1)!
    const echo = fixture.las.findIndex((la) => la.code === CODES.echo)
    expect(hb1.las.find((l) => l.index === echo)!.share).toBe(0.25)
  })

  test('an unknown code resolves to null', () => {
    expect(resolveScope(fixture, 'E99999999')).toBeNull()
  })
})

describe('geography tree and area list', () => {
  test('nests UK → nations → health bodies → authorities, split ones under each', () => {
    const tree = geographyTree(fixture)
    expect(tree.level).toBe('uk')
    const england = tree.children![0]!
    expect(england.children!.map((hb) => [hb.code, hb.type])).toEqual([
      [CODES.hb1, 'ICB'],
      [CODES.hb2, 'ICB'],
    ])
    const hb1 = england.children![0]!.children!.map((la) => [la.code, la.share])
    expect(hb1).toEqual([
      [CODES.alpha, 1],
      [CODES.bravo, 1],
      [CODES.echo, 0.25],
    ])
  })

  test('lists every searchable area once, unitary upper tiers as authorities', () => {
    const areas = listAreas(fixture)
    const levels = areas.map((a) => a.level)
    expect(levels.filter((l) => l === 'local-authority')).toHaveLength(5)
    expect(areas.filter((a) => a.level === 'upper-tier').map((a) => a.code)).toEqual([CODES.delta])
    expect(new Set(areas.map((a) => a.code)).size).toBe(areas.length)
  })
})
