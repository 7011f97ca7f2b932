import { expect, test } from 'vitest'
import { createTestCaller } from '../../tests/helpers/test-caller'
import { HEALTH_BODY_COUNTS } from '../../shared/domain/geography'

test('the geography has 361 authorities under 68 health bodies in 4 nations', async () => {
  const { caller } = await createTestCaller()
  const { healthBodies, las, nations } = await caller.geography.tree().then(flatten)
  expect(nations).toHaveLength(4)
  expect(las.size).toBe(361)
  const byType = new Map<string, number>()
  for (const { type = '?' } of healthBodies) byType.set(type, (byType.get(type) ?? 0) + 1)
  expect(Object.fromEntries(byType)).toEqual(HEALTH_BODY_COUNTS)
})

test('every local authority rolls up to exactly one nation', async () => {
  const { store } = await createTestCaller()
  const data = store.current()
  const nationCodes = new Set(data.nations.map((n) => n.code))
  for (const la of data.las) {
    expect(nationCodes.has(la.nation)).toBe(true)
    const hbNations = new Set(
      la.healthBodies.map((hb) => data.healthBodies.find((h) => h.code === hb.code)?.nation),
    )
    expect([...hbNations]).toEqual([la.nation])
  }
})

test('area search lists every authority, health body, nation and the UK', async () => {
  const { caller } = await createTestCaller()
  const areas = await caller.geography.areas()
  const levels = new Map<string, number>()
  for (const a of areas) levels.set(a.level, (levels.get(a.level) ?? 0) + 1)
  expect(levels.get('local-authority')).toBe(361)
  expect(levels.get('health-body')).toBe(68)
  expect(levels.get('nation')).toBe(4)
  expect(levels.get('uk')).toBe(1)
})

interface TreeNode {
  code: string
  level?: string
  type?: string
  children?: TreeNode[]
}

function flatten(tree: unknown) {
  const nations: TreeNode[] = []
  const healthBodies: TreeNode[] = []
  const las = new Set<string>()
  const visit = (node: TreeNode) => {
    if (node.level === 'nation') nations.push(node)
    if (node.level === 'health-body') healthBodies.push(node)
    if (node.level === 'local-authority') las.add(node.code)
    node.children?.forEach(visit)
  }
  visit(tree as TreeNode)
  return { nations, healthBodies, las }
}
