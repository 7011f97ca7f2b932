/**
 * "Save this scenario" above the unsaved builder: a name and a button that creates a saved
 * scenario (settings and "why" notes) in the person's organisation, then opens it at
 * /scenarios/:id, where it autosaves. People who cannot save are told why and, when signing in
 * would help, offered a link that brings them back to this exact scenario.
 */
import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import type { ScenarioSettings } from '../../../shared/domain/scenario'
import { ErrorMessage } from '../../components/error-message'
import { TextField } from '../../components/fields'
import { serverFieldErrors } from '../../lib/field-errors'
import { canCreate } from '../../lib/permissions'
import { signInHref } from '../../lib/safe-next'
import { rationaleToSave } from '../../lib/scenario-settings'
import { useSession } from '../../lib/use-session'
import { queryClient, trpc } from '../../trpc'

interface SaveNewScenarioProps {
  settings: ScenarioSettings
  notes: Record<string, string>
  changed: readonly string[]
  scopeName: string | null
  onSaved: () => void
}

/** Checks a scenario name as the server will, so the message comes before the request. */
export function nameProblem(name: string): string | null {
  const trimmed = name.trim()
  if (!trimmed) return 'Enter a name for the scenario'
  if (trimmed.length > 120) return 'The name can have at most 120 characters'
  return null
}

export function SaveNewScenario({
  settings,
  notes,
  changed,
  scopeName,
  onSaved,
}: SaveNewScenarioProps) {
  const { user, loading } = useSession()
  const { pathname, search } = useLocation()
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | null>(null)
  const create = useMutation(trpc.scenario.create.mutationOptions())

  if (loading) return null

  let body
  if (!user) {
    body = (
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        <Link to={signInHref(pathname, search)}>Sign in to save this scenario</Link>, share it with
        your organisation and compare it with others. You can use the builder without signing in.
      </p>
    )
  } else if (!canCreate(user)) {
    body = user.mustChangePassword ? (
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        <Link to="/change-password">Change your one-time password</Link> to save scenarios.
      </p>
    ) : (
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        You are signed in as a viewer, so you can look at saved scenarios but not save new ones. Ask
        an admin of {user.organisation.name} for editor access.
      </p>
    )
  } else {
    const serverErrors = serverFieldErrors(create.error)
    const shownNameError = nameError ?? serverErrors.name ?? null
    const submit = (event: FormEvent) => {
      event.preventDefault()
      const problem = nameProblem(name)
      setNameError(problem)
      if (problem) return
      create.mutate(
        { name: name.trim(), settings, rationale: rationaleToSave(notes, changed) },
        {
          onSuccess: (saved) => {
            onSaved()
            void queryClient.invalidateQueries({ queryKey: trpc.scenario.list.pathKey() })
            void navigate(`/scenarios/${saved.id}`)
          },
        },
      )
    }
    body = (
      <>
        {create.isError && !serverErrors.name ? (
          <ErrorMessage title="The scenario could not be saved" error={create.error} />
        ) : null}
        <form className="app-save-bar__form" onSubmit={submit} noValidate>
          <TextField
            id="scenario-name"
            label="Scenario name"
            hint={`Saved in ${user.organisation.name}. For example, ${scopeName ? `${scopeName.replace(/^NHS /, '').replace(/ ICB$/, '')} plan A` : 'Plan A'}`}
            value={name}
            onChange={(next) => {
              setName(next)
              if (nameError) setNameError(null)
            }}
            error={shownNameError}
            width={30}
            maxLength={200}
            className="nhsuk-u-margin-bottom-0"
          />
          <button
            type="submit"
            className="nhsuk-button nhsuk-u-margin-bottom-0"
            disabled={create.isPending}
          >
            {create.isPending ? 'Saving…' : 'Save scenario'}
          </button>
        </form>
      </>
    )
  }

  return (
    <section className="app-save-bar app-no-print" aria-labelledby="save-title">
      <h2 id="save-title" className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        Save this scenario
      </h2>
      {body}
    </section>
  )
}
