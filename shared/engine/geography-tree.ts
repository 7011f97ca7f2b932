import { UK_CODE, type AreaRef, type HealthBodyType } from '../domain/geography'
import type { ModelData } from '../domain/model-data'
import { modelIndex } from './model-index'

/** A node of the UK → nation → health body → authority tree. */
export interface GeographyNode extends AreaRef {
  /** Health bodies only. */
  type?: HealthBodyType
  /** Authorities only: the share of the authority inside its parent health body. */
  share?: number
  children?: GeographyNode[]
}

const trees = new WeakMap<ModelData, GeographyNode>()
const lists = new WeakMap<ModelData, AreaRef[]>()

const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name, 'en-GB')

/** The planning hierarchy; an authority split between health bodies appears under each. */
export function geographyTree(data: ModelData): GeographyNode {
  const cached = trees.get(data)
  if (cached) return cached
  const index = modelIndex(data)
  const tree: GeographyNode = {
    code: UK_CODE,
    name: 'United Kingdom',
    level: 'uk',
    children: data.nations.map((nation) => ({
      code: nation.code,
      name: nation.name,
      level: 'nation',
      children: data.healthBodies
        .map((hb, h) => ({ hb, h }))
        .filter(({ hb }) => hb.nation === nation.code)
        .map(({ hb, h }) => ({
          code: hb.code,
          name: hb.name,
          level: 'health-body' as const,
          type: hb.type,
          children: index.lasByHb[h]!.map(({ index: i, share }) => ({
            code: data.las[i]!.code,
            name: data.las[i]!.name,
            level: 'local-authority' as const,
            share,
          })).sort(byName),
        }))
        .sort(byName),
    })),
  }
  trees.set(data, tree)
  return tree
}

/** Every area a user can search for: the UK, nations, health bodies, upper tiers and authorities. */
export function listAreas(data: ModelData): AreaRef[] {
  const cached = lists.get(data)
  if (cached) return cached
  const index = modelIndex(data)
  const upperTiers: AreaRef[] = []
  for (const [code, ut] of index.upperTiers) {
    // A unitary authority's upper tier is itself; list it once, as an authority.
    if (!index.laByCode.has(code)) upperTiers.push({ code, name: ut.name, level: 'upper-tier' })
  }
  const list: AreaRef[] = [
    { code: UK_CODE, name: 'United Kingdom', level: 'uk' },
    ...data.nations.map((n): AreaRef => ({ code: n.code, name: n.name, level: 'nation' })),
    ...data.healthBodies
      .map((hb): AreaRef => ({ code: hb.code, name: hb.name, level: 'health-body' }))
      .sort(byName),
    ...upperTiers.sort(byName),
    ...data.las
      .map((la): AreaRef => ({ code: la.code, name: la.name, level: 'local-authority' }))
      .sort(byName),
  ]
  lists.set(data, list)
  return list
}
