/**
 * /scenarios/:id: a saved scenario in the builder. Loads it (`scenario.get`: a draft's result is
 * run now, an approved one's is the frozen snapshot), and hands it to SavedScenarioView, which
 * keeps the edits and autosaves them. "Reload" (after a conflict or approval) fetches it again
 * and remounts the view, so the form starts from what the server now holds.
 */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { PageHeading } from '../../components/page-heading'
import { SignInPrompt } from '../../components/sign-in-prompt'
import { isNotFound, isUnauthorized } from '../../lib/errors'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useSession } from '../../lib/use-session'
import { trpc } from '../../trpc'
import { SavedScenarioView } from './saved-scenario-view'

const ID = /^[a-z0-9]{8,32}$/

export default function SavedScenarioPage() {
  const { id = '' } = useParams()
  const { user, loading } = useSession()
  const valid = ID.test(id)
  const options = trpc.scenario.get.queryOptions({ id })
  const query = useQuery({
    ...options,
    enabled: valid && !!user,
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

  if (!valid) {
    return (
      <>
        <PageHeading title="Scenario not found" />
        <p>
          “{id}” is not a scenario address. <Link to="/scenarios">See all saved scenarios</Link>.
        </p>
      </>
    )
  }
  if (loading) return <Loading what="your account" />
  if (!user || isUnauthorized(query.error)) {
    return (
      <>
        <PageHeading title="Saved scenario" />
        <SignInPrompt what="this saved scenario" />
      </>
    )
  }
  if (query.isError) {
    return (
      <>
        <PageHeading title={isNotFound(query.error) ? 'Scenario not found' : 'Saved scenario'} />
        <ErrorMessage
          title={
            isNotFound(query.error)
              ? 'This scenario does not exist or is not shared with you'
              : 'The scenario could not be loaded'
          }
          error={query.error}
          onRetry={isNotFound(query.error) ? undefined : () => void query.refetch()}
          focus
        />
        <p>
          <Link to="/scenarios">See the scenarios you can open</Link>
        </p>
      </>
    )
  }
  if (!query.data) return <Loading what="scenario" />
  return (
    <SavedScenarioView
      key={`${id}:${generation}`}
      initial={query.data.scenario}
      initialResult={query.data.result}
      user={user}
      onReload={reload}
    />
  )
}
