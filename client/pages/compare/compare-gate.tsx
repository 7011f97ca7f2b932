/**
 * What /compare and its board pack both check before showing anything: that the link names 2–4
 * scenario ids, and that someone is signed in (saved scenarios are never public). Renders the
 * children with the ids once both hold.
 */
import type { ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router'
import { ErrorSummary } from '../../components/error-summary'
import { Loading } from '../../components/loading'
import { SignInPrompt } from '../../components/sign-in-prompt'
import { parseCompareIds } from '../../lib/compare-ids'
import { useSession } from '../../lib/use-session'

interface CompareGateProps {
  heading: ReactNode
  /** Title of the error summary for a link that cannot be used. */
  linkProblemTitle: string
  /** Completes "Sign in to see …". */
  signInWhat: string
  children: (ids: string[], params: URLSearchParams) => ReactNode
}

export function CompareGate({ heading, linkProblemTitle, signInWhat, children }: CompareGateProps) {
  const [params] = useSearchParams()
  const { ids, problems } = parseCompareIds(params.get('ids'))
  const { user, loading } = useSession()
  if (problems.length > 0) {
    return (
      <>
        <ErrorSummary title={linkProblemTitle} errors={problems.map((message) => ({ message }))} />
        {heading}
        <p>
          <Link to="/scenarios">Choose scenarios to compare</Link> from the list of saved scenarios.
        </p>
      </>
    )
  }
  if (loading) return <Loading what="your account" />
  if (!user) {
    return (
      <>
        {heading}
        <SignInPrompt what={signInWhat} />
      </>
    )
  }
  return children(ids, params)
}
