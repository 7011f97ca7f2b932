/**
 * /sign-in?next=…: email and password, in the NHS form pattern (an error summary linking to each
 * field, each error under its field). On success the session cookie is set by the server, the
 * header updates, and the person goes back where they were (`next`, same-site paths only), or to
 * change a one-time password first.
 */
import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { ErrorSummary, type SummaryError } from '../components/error-summary'
import { TextField } from '../components/fields'
import { PageHeading } from '../components/page-heading'
import { errorCode, errorText } from '../lib/errors'
import { serverFieldErrors } from '../lib/field-errors'
import { safeNextPath } from '../lib/safe-next'
import { useDocumentTitle } from '../lib/use-document-title'
import { setSession, useSession } from '../lib/use-session'
import { trpc } from '../trpc'

type Field = 'email' | 'password'

function check(email: string, password: string): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {}
  const trimmed = email.trim()
  if (!trimmed) errors.email = 'Enter your email address'
  else if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) {
    errors.email = 'Enter an email address in the correct format, like name@example.nhs.uk'
  }
  if (!password) errors.password = 'Enter your password'
  return errors
}

export default function SignInPage() {
  useDocumentTitle('Sign in')
  const [params] = useSearchParams()
  const next = safeNextPath(params.get('next'))
  const navigate = useNavigate()
  const { user } = useSession()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const login = useMutation(trpc.auth.login.mutationOptions())

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = check(email, password)
    setErrors(found)
    setFormError(null)
    if (Object.keys(found).length > 0) return
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (signedIn) => {
          setSession(signedIn)
          void navigate(
            signedIn.mustChangePassword
              ? `/change-password?next=${encodeURIComponent(next)}`
              : next,
            { replace: true },
          )
        },
        onError: (error) => {
          const fields = serverFieldErrors(error)
          if (fields.email || fields.password) {
            setErrors({ email: fields.email, password: fields.password })
          } else if (errorCode(error) === 'UNAUTHORIZED') {
            // One message, on the password: saying which of the two was wrong would tell a
            // stranger which email addresses have accounts.
            setErrors({ password: errorText(error) })
          } else {
            setFormError(errorText(error))
          }
          setPassword('')
        },
      },
    )
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...(['email', 'password'] as const)
      .filter((f) => errors[f])
      .map((f) => ({ field: f, message: errors[f]! })),
  ]

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} />
        <PageHeading title="Sign in" />
        {user ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              You are signed in as {user.name} ({user.organisation.name}).{' '}
              <Link to={next}>Continue</Link>, or sign in below as someone else.
            </p>
          </div>
        ) : null}
        <p>
          Sign in to save scenarios, share them with other organisations and compare them side by
          side. You do not need to sign in to use the board summary, area pages, the scenario
          builder or the satellite calculator.
        </p>
        <form onSubmit={submit} noValidate>
          <TextField
            id="email"
            label="Email address"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={errors.email}
            width={30}
            bold
          />
          <TextField
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            width={30}
            bold
          />
          <button type="submit" className="nhsuk-button" disabled={login.isPending}>
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="nhsuk-body-s">
          No account, or forgotten your password? Ask an admin in your organisation. Accounts are
          set up by organisation admins.
        </p>
      </div>
    </div>
  )
}
