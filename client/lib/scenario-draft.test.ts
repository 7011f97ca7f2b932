import { beforeEach, describe, expect, it } from 'vitest'
import {
  clearDraft,
  draftDiffers,
  draftKey,
  loadDraft,
  saveDraft,
  stableJson,
  type ScenarioDraft,
} from './scenario-draft'

/** A Storage in memory, like sessionStorage. */
class MemoryStorage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
}

const draft = (over: Partial<ScenarioDraft> = {}): ScenarioDraft => ({
  id: 'abc12345',
  version: 3,
  name: 'Lancashire plan A',
  state: { scope: 'E54000048', budgetCap: 500_000, assumptions: {}, overrides: {} },
  rationale: { budgetCap: 'Board limit' },
  editedAt: '2026-11-23T14:03:00.000Z',
  ...over,
})

let storage: MemoryStorage
beforeEach(() => {
  storage = new MemoryStorage()
})

describe('scenario drafts', () => {
  it('keeps a draft by scenario and version, and reads it back', () => {
    saveDraft(storage, draft())
    expect(storage.getItem(draftKey('abc12345', 3))).not.toBeNull()
    expect(loadDraft(storage, 'abc12345')).toEqual(draft())
    expect(loadDraft(storage, 'other123')).toBeNull()
  })

  it('keeps only the latest draft of a scenario', () => {
    saveDraft(storage, draft({ version: 3 }))
    saveDraft(storage, draft({ version: 4, name: 'Renamed' }))
    expect(storage.length).toBe(1)
    expect(loadDraft(storage, 'abc12345')?.name).toBe('Renamed')
  })

  it('removes unreadable drafts instead of offering them', () => {
    storage.setItem(draftKey('abc12345', 2), '{not json')
    storage.setItem(draftKey('abc12345', 5), JSON.stringify({ id: 'abc12345', version: 5 }))
    expect(loadDraft(storage, 'abc12345')).toBeNull()
    expect(storage.length).toBe(0)
  })

  it('clears every draft of one scenario only', () => {
    saveDraft(storage, draft())
    saveDraft(storage, draft({ id: 'zzz99999' }))
    clearDraft(storage, 'abc12345')
    expect(loadDraft(storage, 'abc12345')).toBeNull()
    expect(loadDraft(storage, 'zzz99999')).not.toBeNull()
  })

  it('does nothing without storage, and survives a full store', () => {
    expect(() => saveDraft(null, draft())).not.toThrow()
    expect(loadDraft(null, 'abc12345')).toBeNull()
    const full = new MemoryStorage()
    full.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    expect(() => saveDraft(full, draft())).not.toThrow()
  })
})

describe('draftDiffers', () => {
  it('ignores key order and blank notes', () => {
    const saved = draft()
    const same = draft({
      state: { overrides: {}, assumptions: {}, budgetCap: 500_000, scope: 'E54000048' },
      rationale: { budgetCap: 'Board limit ', strategy: '  ' },
    })
    expect(draftDiffers(same, saved)).toBe(false)
  })

  it('sees a changed value, name or note', () => {
    const saved = draft()
    expect(draftDiffers(draft({ name: 'B' }), saved)).toBe(true)
    expect(draftDiffers(draft({ state: { ...saved.state, budgetCap: 400_000 } }), saved)).toBe(true)
    expect(draftDiffers(draft({ rationale: { budgetCap: 'Other' } }), saved)).toBe(true)
  })
})

describe('stableJson', () => {
  it('sorts keys at every level', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe(
      '{"a":{"c":[3,{"e":2,"f":1}],"d":2},"b":1}',
    )
  })
})
