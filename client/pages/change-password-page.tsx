/**
 * /change-password: replace a password (required after an admin set a one-time password, when
 * every change is refused until it is done). On success the person goes on to `next`.
 */
import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { PASSWORD_MIN_LENGTH } from '../../shared/domain/saved-scenario'
import { ErrorSummary, type SummaryError } from '../components/error-summary'
import { TextField } from '../components/fields'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { SignInPrompt } from '../components/sign-in-prompt'
import { errorText } from '../lib/errors'
import { serverFieldErrors } from '../lib/field-errors'
import { safeNextPath } from '../lib/safe-next'
import { useDocumentTitle } from '../lib/use-document-title'
import { setSession, useSession } from '../lib/use-session'
import { trpc } from '../trpc'

type Field = 'current' | 'next' | 'confirm'

export default function ChangePasswordPage() {
  useDocumentTitle('Change your password')
  const [params] = useSearchParams()
  const goTo = safeNextPath(params.get('next'))
  const navigate = useNavigate()
  const { user, loading } = useSession()
  const [values, setValues] = useState<Record<Field, string>>({
    current: '',
    next: '',
    confirm: '',
  })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const change = useMutation(trpc.auth.changePassword.mutationOptions())

  if (loading) return <Loading what="your account" />
  if (!user) {
    return (
      <>
        <PageHeading title="Change your password" />
        <SignInPrompt what="your account" />
      </>
    )
  }

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    if (!values.current) found.current = 'Enter your current password'
    if (values.next.length < PASSWORD_MIN_LENGTH) {
      found.next = `Enter a new password of at least ${PASSWORD_MIN_LENGTH} characters`
    } else if (values.next === values.current) {
      found.next = 'Choose a password different from the current one'
    }
    if (!found.next && values.confirm !== values.next) found.confirm = 'The passwords do not match'
    setErrors(found)
    setFormError(null)
    if (Object.keys(found).length > 0) return
    change.mutate(
      { current: values.current, next: values.next },
      {
        onSuccess: (updated) => {
          setSession(updated)
          void navigate(goTo, { replace: true })
        },
        onError: (error) => {
          // The server names the field first ('current: that is not your current password').
          const match = /^(current|next): (.*)$/.exec(errorText(error))
          const fields = serverFieldErrors(error)
          if (match) setErrors({ [match[1] as Field]: capitalise(match[2]!) })
          else if (fields.current || fields.next)
            setErrors({ current: fields.current, next: fields.next })
          else setFormError(errorText(error))
        },
      },
    )
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...(['current', 'next', 'confirm'] as const)
      .filter((f) => errors[f])
      .map((f) => ({ field: `password-${f}`, message: errors[f]! })),
  ]

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} />
        <PageHeading title="Change your password" />
        {user.mustChangePassword ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              You signed in with a one-time password. Choose your own before making any changes.
            </p>
          </div>
        ) : null}
        <form onSubmit={submit} noValidate>
          <TextField
            id="password-current"
            label="Current password"
            type="password"
            autoComplete="current-password"
            value={values.current}
            onChange={set('current')}
            error={errors.current}
            width={30}
            bold
          />
          <TextField
            id="password-next"
            label="New password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
            type="password"
            autoComplete="new-password"
            value={values.next}
            onChange={set('next')}
            error={errors.next}
            width={30}
            bold
          />
          <TextField
            id="password-confirm"
            label="Confirm new password"
            type="password"
            autoComplete="new-password"
            value={values.confirm}
            onChange={set('confirm')}
            error={errors.confirm}
            width={30}
            bold
          />
          <button type="submit" className="nhsuk-button" disabled={change.isPending}>
            {change.isPending ? 'Saving…' : 'Change password'}
          </button>
        </form>
      </div>
    </div>
  )
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
