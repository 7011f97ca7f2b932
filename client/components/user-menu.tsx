/**
 * UserMenu: the account part of the NHS header. Signed out: a "Sign in" link that brings the
 * person back to this page afterwards. Signed in: who they are ("Signed in as Ann Smith
 * (Lancashire and South Cumbria ICB, editor)"), the audit log for admins, data imports for
 * national admins, and "Sign out".
 * Nothing is shown while `auth.me` is first loading, so the header does not flash "Sign in".
 */
import { useMutation } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { canImportData } from '../lib/data-import'
import { signInHref } from '../lib/safe-next'
import { setSession, useSession } from '../lib/use-session'
import { trpc } from '../trpc'

function UserIcon() {
  return (
    <svg
      className="nhsuk-icon nhsuk-icon--user"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path d="M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z" />
    </svg>
  )
}

export function UserMenu() {
  const { user, loading } = useSession()
  const { pathname, search } = useLocation()
  const signOut = useMutation({
    ...trpc.auth.logout.mutationOptions(),
    // Signed out on the server or not (an ended session answers UNAUTHORIZED), forget it here.
    onSettled: () => setSession(null),
  })

  if (loading) return null
  return (
    <nav className="nhsuk-header__account app-no-print" aria-label="Account">
      <ul className="nhsuk-header__account-list">
        {user ? (
          <>
            <li className="nhsuk-header__account-item">
              <UserIcon />
              <span>
                Signed in as {user.name}{' '}
                <span className="app-account__org">
                  ({user.organisation.name}, {user.role})
                </span>
              </span>
            </li>
            {user.mustChangePassword ? (
              <li className="nhsuk-header__account-item">
                <Link className="nhsuk-header__account-link" to="/change-password">
                  Change your password
                </Link>
              </li>
            ) : null}
            {user.role === 'admin' ? (
              <li className="nhsuk-header__account-item">
                <Link className="nhsuk-header__account-link" to="/admin/audit">
                  Audit log
                </Link>
              </li>
            ) : null}
            {canImportData(user) ? (
              <li className="nhsuk-header__account-item">
                <Link className="nhsuk-header__account-link" to="/data">
                  Data imports
                </Link>
              </li>
            ) : null}
            <li className="nhsuk-header__account-item">
              <button
                type="button"
                className="nhsuk-header__account-button"
                onClick={() => signOut.mutate()}
                disabled={signOut.isPending}
              >
                Sign out
              </button>
            </li>
          </>
        ) : (
          <li className="nhsuk-header__account-item">
            <UserIcon />
            <Link className="nhsuk-header__account-link" to={signInHref(pathname, search)}>
              Sign in
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
