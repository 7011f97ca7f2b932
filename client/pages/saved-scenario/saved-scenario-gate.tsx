/**
 * What a page about one saved scenario (the editor, its board pack) shows before the scenario
 * itself: an address that is not a scenario id, the account still loading, a sign-in prompt
 * (saved scenarios are never public), or why it could not be loaded. Renders the children once
 * the scenario is there. The page owns the query, since each wants different caching.
 */
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { PageHeading } from '../../components/page-heading'
import { SignInPrompt } from '../../components/sign-in-prompt'
import { isNotFound, isUnauthorized } from '../../lib/errors'

export const SCENARIO_ID = /^[a-z0-9]{8,32}$/

interface SavedScenarioGateProps<T> {
  id: string
  session: { user: unknown; loading: boolean }
  query: { data: T | undefined; error: unknown; isError: boolean; refetch: () => unknown }
  /** The page's heading when it cannot show the scenario, e.g. 'Board pack'. */
  title: string
  /** Completes "Sign in to see …". */
  signInWhat: string
  loadingWhat: string
  children: (data: T) => ReactNode
}

export function SavedScenarioGate<T>({
  id,
  session,
  query,
  title,
  signInWhat,
  loadingWhat,
  children,
}: SavedScenarioGateProps<T>) {
  if (!SCENARIO_ID.test(id)) {
    return (
      <>
        <PageHeading title="Scenario not found" />
        <p>
          “{id}” is not a scenario address. <Link to="/scenarios">See all saved scenarios</Link>.
        </p>
      </>
    )
  }
  if (session.loading) return <Loading what="your account" />
  if (!session.user || isUnauthorized(query.error)) {
    return (
      <>
        <PageHeading title={title} />
        <SignInPrompt what={signInWhat} />
      </>
    )
  }
  if (query.isError) {
    const notFound = isNotFound(query.error)
    return (
      <>
        <PageHeading title={notFound ? 'Scenario not found' : title} />
        <ErrorMessage
          title={
            notFound
              ? 'This scenario does not exist or is not shared with you'
              : 'The scenario could not be loaded'
          }
          error={query.error}
          onRetry={notFound ? undefined : () => void query.refetch()}
          focus
        />
        <p>
          <Link to="/scenarios">See the scenarios you can open</Link>
        </p>
      </>
    )
  }
  if (query.data === undefined) return <Loading what={loadingWhat} />
  return children(query.data)
}
