/**
 * The saved scenario's edits, autosaved: wraps lib/autosaver (800 ms after the last change, one
 * save at a time, with the version the edit was made on) and keeps every unsaved edit in this
 * tab's sessionStorage (lib/scenario-draft) until the server has it, so a refresh, a crash or a
 * timeout loses nothing. Leaving the page with unsaved edits asks first.
 */
import { useEffect, useState } from 'react'
import type { SavedScenario } from '../../../shared/domain/saved-scenario'
import type { ScenarioSettings } from '../../../shared/domain/scenario'
import { Autosaver, type AutosaveStatus } from '../../lib/autosaver'
import { errorCode } from '../../lib/errors'
import { clearDraft, saveDraft, sessionDraftStorage } from '../../lib/scenario-draft'
import type { ScenarioUrlState } from '../../lib/scenario-url'
import { trpcClient } from '../../trpc'

export const AUTOSAVE_DELAY_MS = 800

/** What the person edits: everything autosave sends. */
export interface ScenarioEdit {
  name: string
  state: ScenarioUrlState
  rationale: Record<string, string>
}

export interface SavePayload {
  edit: ScenarioEdit
  settings: ScenarioSettings
  rationale: Record<string, string>
}

/**
 * Saves that cannot succeed by trying again: someone saved a newer version (CONFLICT), or the
 * scenario was approved meanwhile (PRECONDITION_FAILED). The page offers reload or a copy.
 */
function needsDecision(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'CONFLICT' || code === 'PRECONDITION_FAILED'
}

/**
 * `onSaved` gets the server's copy after each save; it must be stable (a state setter), as the
 * saver is made once per scenario.
 */
export function useAutosave(scenario: SavedScenario, onSaved: (saved: SavedScenario) => void) {
  const [status, setStatus] = useState<AutosaveStatus>({
    kind: 'saved',
    at: scenario.updatedAt,
  })
  const [saver] = useState(
    () =>
      new Autosaver<SavePayload>({
        delay: AUTOSAVE_DELAY_MS,
        version: scenario.version,
        savedAt: scenario.updatedAt,
        isConflict: needsDecision,
        onStatus: setStatus,
        save: async ({ edit, settings, rationale }, version) => {
          const saved = await trpcClient.scenario.save.mutate({
            id: scenario.id,
            version,
            name: edit.name.trim(),
            settings,
            rationale,
          })
          onSaved(saved)
          return { version: saved.version, updatedAt: saved.updatedAt }
        },
        onSaved: (_payload, outcome, pending) => {
          const storage = sessionDraftStorage()
          // The draft now belongs to the new version; with nothing more to save, it is done.
          if (pending) {
            saveDraft(storage, draftOf(scenario.id, outcome.version, pending.edit))
          } else {
            clearDraft(storage, scenario.id)
          }
        },
      }),
  )
  useEffect(() => () => saver.dispose(), [saver])

  // Closing the tab or going to another site with edits in the air: ask first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.dirty) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [saver])

  const change = (payload: SavePayload) => {
    saveDraft(sessionDraftStorage(), draftOf(scenario.id, saver.version, payload.edit))
    saver.change(payload)
  }

  return { status, saver, change }
}

function draftOf(id: string, version: number, edit: ScenarioEdit) {
  return { id, version, ...edit, editedAt: new Date().toISOString() }
}
