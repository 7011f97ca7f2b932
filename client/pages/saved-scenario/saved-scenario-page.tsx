/**
 * /scenarios/:id: a saved scenario in the builder. Loads it (`scenario.get`: a draft's result is
 * run now, an approved one's is the frozen snapshot), and hands it to SavedScenarioView, which
 * keeps the edits and autosaves them. "Reload" (after a conflict or approval) fetches it again
 * and remounts the view, so the form starts from what the server now holds.
 */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useSession } from '../../lib/use-session'
import { trpc } from '../../trpc'
import { SavedScenarioGate, SCENARIO_ID } from './saved-scenario-gate'
import { SavedScenarioView } from './saved-scenario-view'

export default function SavedScenarioPage() {
  const { id = '' } = useParams()
  const { user, loading } = useSession()
  const options = trpc.scenario.get.queryOptions({ id })
  const query = useQuery({
    ...options,
    enabled: SCENARIO_ID.test(id) && !!user,
    // The view keeps its own copy while editing; refetching under it would do nothing useful.
    staleTime: Infinity,
    gcTime: 0,
  })
  const [generation, setGeneration] = useState(0)
  useDocumentTitle(query.data?.scenario.name ?? 'Saved scenario')

  const reload = async () => {
    await query.refetch()
    setGeneration((g) => g + 1)
  }

  return (
    <SavedScenarioGate
      id={id}
      session={{ user, loading }}
      query={query}
      title="Saved scenario"
      signInWhat="this saved scenario"
      loadingWhat="scenario"
    >
      {(data) =>
        user && (
          <SavedScenarioView
            key={`${id}:${generation}`}
            initial={data.scenario}
            initialResult={data.result}
            user={user}
            onReload={reload}
          />
        )
      }
    </SavedScenarioGate>
  )
}
