import { UK_CODE, type AreaRef } from '../domain/geography'
import type { ModelData } from '../domain/model-data'
import { modelIndex } from './model-index'

/** The authorities an area code stands for, each with the share of it inside the area. */
export interface ResolvedScope {
  ref: AreaRef
  las: { index: number; share: number }[]
}

/**
 * Resolves any area code: an authority, an upper tier, a health body, a nation or the UK.
 * Unitary authorities share their code with their upper tier and resolve as authorities.
 * Returns null for a code that is not in the geography. Results are cached per snapshot.
 */
export function resolveScope(data: ModelData, code: string): ResolvedScope | null {
  const index = modelIndex(data)
  const key = code.trim().toUpperCase()
  const cached = index.scopeCache.get(key)
  if (cached !== undefined) return cached
  const scope = lookUp(data, key)
  index.scopeCache.set(key, scope)
  return scope
}

function lookUp(data: ModelData, code: string): ResolvedScope | null {
  const index = modelIndex(data)
  if (code === UK_CODE) {
    return {
      ref: { code, name: 'United Kingdom', level: 'uk' },
      las: data.las.map((_, i) => ({ index: i, share: 1 })),
    }
  }
  const nation = index.nationByCode.get(code)
  if (nation !== undefined) {
    return {
      ref: { code, name: data.nations[nation]!.name, level: 'nation' },
      las: index.lasByNation[nation]!.map((i) => ({ index: i, share: 1 })),
    }
  }
  const hb = index.hbByCode.get(code)
  if (hb !== undefined) {
    return {
      ref: { code, name: data.healthBodies[hb]!.name, level: 'health-body' },
      las: index.lasByHb[hb]!.map(({ index: i, share }) => ({ index: i, share })),
    }
  }
  const la = index.laByCode.get(code)
  if (la !== undefined) {
    return {
      ref: { code, name: data.las[la]!.name, level: 'local-authority' },
      las: [{ index: la, share: 1 }],
    }
  }
  const ut = index.upperTiers.get(code)
  if (ut !== undefined) {
    return {
      ref: { code, name: ut.name, level: 'upper-tier' },
      las: ut.las.map((i) => ({ index: i, share: 1 })),
    }
  }
  return null
}
