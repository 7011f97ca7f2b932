/**
 * SignInPrompt: shown where a page needs a signed-in person (saved scenarios, comparisons, the
 * audit log). Links to sign in and come back to this exact page.
 */
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import { signInHref } from '../lib/safe-next'

export function SignInPrompt({ what, children }: { what: string; children?: ReactNode }) {
  const { pathname, search } = useLocation()
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <Link to={signInHref(pathname, search)}>Sign in</Link> to see {what}. Saved scenarios are
        visible to people in the organisation that made them and the organisations they are shared
        with.
      </p>
      {children}
    </div>
  )
}
