/**
 * Who can see a scenario: its own organisation only, also chosen organisations, or every
 * organisation (published). Others can always only look and clone, never change it.
 */
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import {
  VISIBILITIES,
  type SavedScenario,
  type Visibility,
} from '../../../shared/domain/saved-scenario'
import { ErrorMessage } from '../../components/error-message'
import { RadiosField } from '../../components/fields'
import { Loading } from '../../components/loading'
import { serverFieldErrors } from '../../lib/field-errors'
import { VISIBILITY_LABELS } from '../../lib/saved-scenario-labels'
import { queryClient, trpc } from '../../trpc'

interface SharePanelProps {
  scenario: SavedScenario
  flush: () => Promise<void>
  version: () => number
  onShared: (saved: SavedScenario) => void
  onCancel: () => void
}

export function SharePanel({ scenario, flush, version, onShared, onCancel }: SharePanelProps) {
  const [visibility, setVisibility] = useState<Visibility>(scenario.visibility)
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(scenario.sharedWith.map((o) => o.id)),
  )
  const [error, setError] = useState<string | null>(null)
  const organisations = useQuery(trpc.organisations.list.queryOptions())
  const share = useMutation(trpc.scenario.share.mutationOptions())
  const others = (organisations.data ?? []).filter((o) => o.id !== scenario.organisation.id)
  const serverErrors = serverFieldErrors(share.error)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (visibility === 'shared' && chosen.size === 0) {
      setError('Choose at least one organisation to share with')
      return
    }
    setError(null)
    await flush()
    const saved = await share.mutateAsync({
      id: scenario.id,
      version: version(),
      visibility,
      ...(visibility === 'shared' ? { organisationIds: [...chosen] } : {}),
    })
    void queryClient.invalidateQueries({ queryKey: trpc.scenario.list.pathKey() })
    onShared(saved)
  }

  const orgChoices = organisations.isPending ? (
    <Loading what="organisations" />
  ) : organisations.isError ? (
    <ErrorMessage title="The organisations could not be loaded" error={organisations.error} />
  ) : others.length === 0 ? (
    <p className="nhsuk-body-s">There are no other organisations to share with yet.</p>
  ) : (
    <div
      className={`nhsuk-form-group${error || serverErrors.organisationIds ? ' nhsuk-form-group--error' : ''}`}
    >
      <fieldset className="nhsuk-fieldset" aria-describedby="share-orgs-hint">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Organisations to share with
        </legend>
        <div className="nhsuk-hint" id="share-orgs-hint">
          They can look at it and clone it, not change it.
        </div>
        {error || serverErrors.organisationIds ? (
          <span className="nhsuk-error-message">
            <span className="nhsuk-u-visually-hidden">Error:</span>{' '}
            {error ?? serverErrors.organisationIds}
          </span>
        ) : null}
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          {others.map((org) => (
            <div className="nhsuk-checkboxes__item" key={org.id}>
              <input
                className="nhsuk-checkboxes__input"
                id={`share-${org.id}`}
                type="checkbox"
                checked={chosen.has(org.id)}
                onChange={(event) => {
                  const next = new Set(chosen)
                  if (event.target.checked) next.add(org.id)
                  else next.delete(org.id)
                  setChosen(next)
                }}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`share-${org.id}`}>
                {org.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )

  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
      {share.isError && !serverErrors.organisationIds ? (
        <ErrorMessage title="The sharing could not be saved" error={share.error} />
      ) : null}
      <RadiosField<Visibility>
        name="visibility"
        legend="Who can see this scenario?"
        hint={`People in ${scenario.organisation.name} can always see it. Only its editors and admins can change it.`}
        small
        value={visibility}
        options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))}
        onChange={setVisibility}
        reveal={{ shared: orgChoices }}
      />
      <div className="nhsuk-button-group">
        <button
          type="submit"
          className="nhsuk-button nhsuk-u-margin-bottom-0"
          disabled={share.isPending}
        >
          {share.isPending ? 'Saving…' : 'Save sharing'}
        </button>
        <button type="button" className="app-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
