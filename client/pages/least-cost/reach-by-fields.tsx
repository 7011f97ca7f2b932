/**
 * "Reach it by": the coverage the plan must reach by the end of each year before the target,
 * so growth follows a path a board agrees rather than arriving all at once. Each box is one
 * year; an empty box asks for nothing that year.
 */
import { fyEndLabel, fyLabel } from '../../../shared/domain/fiscal-year'
import { NumberField } from '../../components/fields'

interface ReachByFieldsProps {
  /** Years offered: from the start year to the one before the target. */
  years: number[]
  /** Percentage asked for by year, where one is. */
  percent: ReadonlyMap<number, number>
  /** The server's or the link's word on the path, by year or for the whole path. */
  errors: Record<string, string | undefined>
  onCommit: (fy: number, percent: number | undefined) => void
}

export function ReachByFields({ years, percent, errors, onCommit }: ReachByFieldsProps) {
  if (years.length === 0) return null
  const whole = errors.reachBy
  return (
    <fieldset
      className={`nhsuk-fieldset app-reach-by${whole ? ' nhsuk-form-group--error' : ''}`}
      aria-describedby={whole ? 'reachBy-error' : 'reachBy-hint'}
    >
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
        Reach it by (optional)
      </legend>
      <div className="nhsuk-hint" id="reachBy-hint">
        The least coverage the plan must reach by the end of each year, as a percentage of the
        estimated need. Leave a year empty to ask nothing of it.
      </div>
      {whole ? (
        <span className="nhsuk-error-message" id="reachBy-error">
          <span className="nhsuk-u-visually-hidden">Error:</span> {whole}
        </span>
      ) : null}
      <div className="app-field-row">
        {years.map((fy) => (
          <NumberField
            key={fy}
            id={`reachBy-${fy}`}
            label={`By ${fyEndLabel(fy)} (FY${fyLabel(fy)})`}
            suffix="%"
            width={3}
            allowEmpty
            value={percent.get(fy)}
            error={errors[`reachBy.${fy}`]}
            validate={(n) => (n >= 0 && n <= 100 ? null : 'Enter a percentage from 0 to 100')}
            onCommit={(value) => onCommit(fy, value)}
          />
        ))}
      </div>
    </fieldset>
  )
}
