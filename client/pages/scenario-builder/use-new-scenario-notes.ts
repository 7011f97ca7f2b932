/**
 * The "why did you change this" notes of the unsaved builder. Settings live in the address, but
 * free text does not belong in a link, so the notes are kept in this tab's sessionStorage until
 * the scenario is saved: a refresh does not lose them.
 */
import { useCallback, useEffect, useState } from 'react'
import { sessionDraftStorage } from '../../lib/scenario-draft'

const KEY = 'coverage2030:new-scenario-notes'

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(sessionDraftStorage()?.getItem(KEY) ?? '{}')
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {}
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
  } catch {
    return {}
  }
}

export function useNewScenarioNotes() {
  const [notes, setNotes] = useState<Record<string, string>>(read)

  useEffect(() => {
    try {
      const storage = sessionDraftStorage()
      if (Object.keys(notes).length === 0) storage?.removeItem(KEY)
      else storage?.setItem(KEY, JSON.stringify(notes))
    } catch {
      // Storage full or blocked: the notes still work on this page.
    }
  }, [notes])

  const setNote = useCallback((key: string, text: string) => {
    setNotes((current) => ({ ...current, [key]: text }))
  }, [])
  const clear = useCallback(() => setNotes({}), [])
  return [notes, setNote, clear] as const
}
