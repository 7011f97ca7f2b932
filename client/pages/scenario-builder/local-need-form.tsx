/**
 * An authority's own need rate, opened under its row in the table of authorities: a rate in per
 * cent of births and the reason for it (a local needs assessment, say), both required, checked by
 * the server's own rules when "Use this rate" is pressed. Errors name the field and the authority,
 * and the first field with a problem takes the focus, as on the rest of the form.
 */
import { useId, useRef, useState, type FormEvent } from 'react'
import type { AreaResult } from '../../../shared/domain/results'
import { FieldShell, TextareaField } from '../../components/fields'
import { formatPercent } from '../../lib/format'
import { checkLocalNeed, type LocalNeedErrors } from '../../lib/local-need'
import type { LocalNeed } from '../../lib/scenario-url'
import { toPercentInput } from './labels'

interface LocalNeedFormProps {
  area: AreaResult
  /** The national need rate in use, for the sentence on what the model would use. */
  needRate: number
  current: LocalNeed | undefined
  onSave: (need: LocalNeed | undefined) => void
  onClose: () => void
}

export function LocalNeedForm({ area, needRate, current, onSave, onClose }: LocalNeedFormProps) {
  const [rateText, setRateText] = useState(current ? String(toPercentInput(current.rate)) : '')
  const [reasonText, setReasonText] = useState(current?.reason ?? '')
  const [errors, setErrors] = useState<LocalNeedErrors>({})
  const rateRef = useRef<HTMLInputElement>(null)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const headingId = useId()
  const rateId = `need-rate-${area.code}`
  const reasonId = `need-reason-${area.code}`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = checkLocalNeed(area.name, rateText, reasonText)
    if ('errors' in checked) {
      setErrors(checked.errors)
      if (checked.errors.rate) rateRef.current?.focus()
      else reasonRef.current?.focus()
      return
    }
    onSave(checked.need)
    onClose()
  }

  const modelRate = needRate * (area.needWeight || 1)
  return (
    <form className="app-local-need" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id={headingId}>
        Local need rate for {area.name}
      </h3>
      <p className="nhsuk-body-s">
        The model uses {formatPercent(modelRate, 1)} of births here
        {area.needWeight && Math.abs(area.needWeight - 1) > 0.005
          ? ` (${formatPercent(needRate, 1)} weighted by deprivation)`
          : ''}
        . A rate of your own, from a local needs assessment say, replaces it for this authority
        only; its reason is shown wherever this authority&rsquo;s need is.
      </p>
      <FieldShell
        id={rateId}
        label="Need rate, in per cent of births"
        hint="Families needing a specialised team each year, as a share of births. For example, 9"
        error={errors.rate}
      >
        {(describedBy) => (
          <div className="nhsuk-input-wrapper">
            <input
              ref={rateRef}
              className={`nhsuk-input nhsuk-input--width-4${errors.rate ? ' nhsuk-input--error' : ''}`}
              id={rateId}
              type="text"
              inputMode="decimal"
              spellCheck={false}
              autoComplete="off"
              value={rateText}
              aria-describedby={describedBy}
              aria-invalid={errors.rate ? true : undefined}
              onChange={(event) => setRateText(event.target.value)}
            />
            <div className="nhsuk-input__suffix" aria-hidden="true">
              %
            </div>
          </div>
        )}
      </FieldShell>
      <TextareaField
        id={reasonId}
        label="Why the need differs here"
        hint="Required. Saved with the scenario and shown beside this authority's need, up to 300 characters."
        error={errors.reason}
        value={reasonText}
        onChange={setReasonText}
        rows={2}
        maxLength={300}
        textareaRef={reasonRef}
      />
      <div className="app-local-need__actions">
        <button type="submit" className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0">
          Use this rate<span className="nhsuk-u-visually-hidden"> for {area.name}</span>
        </button>
        {current ? (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            onClick={() => {
              onSave(undefined)
              onClose()
            }}
          >
            Use the model&rsquo;s rate again
            <span className="nhsuk-u-visually-hidden"> for {area.name}</span>
          </button>
        ) : null}
        <button type="button" className="app-link-button" onClick={onClose}>
          Cancel
          <span className="nhsuk-u-visually-hidden"> the local need rate for {area.name}</span>
        </button>
      </div>
    </form>
  )
}
