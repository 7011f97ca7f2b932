/**
 * Unsaved edits to a saved scenario, kept in sessionStorage so nothing is lost when the page is
 * refreshed, the tab crashes or a save times out. A draft is keyed by the scenario and the
 * version it was edited from: after a reload the page offers to restore it, and restoring one
 * made on an older version saves against that version, so the server reports the conflict
 * instead of the draft silently overwriting someone else's changes.
 *
 * sessionStorage is per tab and gone when the tab closes, which suits unsaved work: another tab
 * of the same scenario does not pick up this one's half-finished edits.
 */
import type { ScenarioUrlState } from './scenario-url'

export interface ScenarioDraft {
  id: string
  /** The version the edits were made on. */
  version: number
  name: string
  state: ScenarioUrlState
  rationale: Record<string, string>
  /** ISO time of the last edit. */
  editedAt: string
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

const PREFIX = 'coverage2030:draft:'

export function draftKey(id: string, version: number): string {
  return `${PREFIX}${id}:v${version}`
}

function isDraft(value: unknown): value is ScenarioDraft {
  if (!value || typeof value !== 'object') return false
  const d = value as Partial<ScenarioDraft>
  return (
    typeof d.id === 'string' &&
    typeof d.version === 'number' &&
    typeof d.name === 'string' &&
    typeof d.editedAt === 'string' &&
    !!d.state &&
    typeof d.state === 'object' &&
    typeof d.state.assumptions === 'object' &&
    typeof d.state.overrides === 'object' &&
    !!d.rationale &&
    typeof d.rationale === 'object'
  )
}

/** The browser's sessionStorage, or null where it is blocked (some privacy settings). */
export function sessionDraftStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    return null
  }
}

function keysFor(storage: DraftStorage, id: string): string[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i)
    if (key?.startsWith(`${PREFIX}${id}:v`)) keys.push(key)
  }
  return keys
}

/** Stores the draft as the only one for its scenario. Storage full or blocked: not kept, no error. */
export function saveDraft(storage: DraftStorage | null, draft: ScenarioDraft): void {
  if (!storage) return
  try {
    for (const key of keysFor(storage, draft.id)) storage.removeItem(key)
    storage.setItem(draftKey(draft.id, draft.version), JSON.stringify(draft))
  } catch {
    // A full or disabled store must not break editing; the autosave still runs.
  }
}

/** The newest readable draft of a scenario, if any; unreadable ones are removed. */
export function loadDraft(storage: DraftStorage | null, id: string): ScenarioDraft | null {
  if (!storage) return null
  let newest: ScenarioDraft | null = null
  for (const key of keysFor(storage, id)) {
    let parsed: unknown
    try {
      parsed = JSON.parse(storage.getItem(key) ?? 'null')
    } catch {
      parsed = null
    }
    if (!isDraft(parsed) || parsed.id !== id) {
      storage.removeItem(key)
      continue
    }
    if (!newest || parsed.version > newest.version) newest = parsed
  }
  return newest
}

export function clearDraft(storage: DraftStorage | null, id: string): void {
  if (!storage) return
  for (const key of keysFor(storage, id)) storage.removeItem(key)
}

/** Whether a draft holds anything the saved scenario does not (else there is nothing to offer). */
export function draftDiffers(
  draft: Pick<ScenarioDraft, 'name' | 'state' | 'rationale'>,
  saved: Pick<ScenarioDraft, 'name' | 'state' | 'rationale'>,
): boolean {
  return (
    draft.name !== saved.name ||
    stableJson(draft.state) !== stableJson(saved.state) ||
    stableJson(trimmed(draft.rationale)) !== stableJson(trimmed(saved.rationale))
  )
}

function trimmed(notes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(notes)
      .map(([k, v]) => [k, v.trim()] as const)
      .filter(([, v]) => v !== ''),
  )
}

/** JSON with object keys sorted, so two equal states compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  )
}
