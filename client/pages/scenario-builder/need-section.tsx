/**
 * The builder's "Need" questions: how strongly need is weighted by deprivation (none, the
 * default, or a strength of one's own), with the assumption's mark, range and source, and which
 * authorities have a need rate of their own (set in the table of authorities, each with its
 * reason). Weighting moves need between places; it never changes the UK total.
 */
import { memo, useState } from 'react'
import type { Assumption } from '../../../shared/domain/assumptions'
import { NumberField, RadiosField } from '../../components/fields'
import { MarkBadge } from '../../components/mark-badge'
import type { FieldErrors } from '../../lib/field-errors'
import { formatPercent, listText } from '../../lib/format'
import { assumptionProblem, withAssumption, type ScenarioUrlState } from '../../lib/scenario-url'
import { formatAssumptionValue } from './assumption-format'
import { RationaleNote, type Rationale } from './rationale-note'

type Strength = 'none' | 'default' | 'other'

/** 1 means the same need everywhere: no weighting. */
const NO_WEIGHTING = 1

interface NeedSectionProps {
  /** The deprivationNeedRatio assumption, once the assumptions have loaded. */
  weighting: Assumption | undefined
  state: ScenarioUrlState
  update: (next: ScenarioUrlState) => void
  errors: FieldErrors
  /** Names of the authorities in the result, by code, for the list of local need rates. */
  areaNames: ReadonlyMap<string, string>
  rationale?: Rationale
}

// Memoised: the page re-renders when a result arrives, which changes only the authorities' names.
export const NeedSection = memo(function NeedSection({
  weighting,
  state,
  update,
  errors,
  areaNames,
  rationale,
}: NeedSectionProps) {
  const value = state.assumptions.deprivationNeedRatio
  const inUse = value ?? weighting?.value
  const [chosenOther, setChosenOther] = useState(false)
  const strength: Strength =
    chosenOther || (inUse !== undefined && inUse !== NO_WEIGHTING && inUse !== weighting?.value)
      ? 'other'
      : inUse === NO_WEIGHTING
        ? 'none'
        : 'default'
  const local = Object.entries(state.needs ?? {})
  const set = (next: number | undefined) =>
    update(withAssumption(state, 'deprivationNeedRatio', next))

  return (
    <div className="app-need" role="group" aria-labelledby="need-title">
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id="need-title">
        Need
      </h3>
      {weighting ? (
        <RadiosField<Strength>
          name="need-weighting"
          legend={weighting.label}
          hint={
            <>
              {weighting.description}{' '}
              <span className="app-assumption__meta">
                Default {formatAssumptionValue(weighting.value, weighting.unit)}; usual range{' '}
                {formatAssumptionValue(weighting.low, weighting.unit)} to{' '}
                {formatAssumptionValue(weighting.high, weighting.unit)}.{' '}
                <MarkBadge mark={weighting.mark} source={weighting.source} note={weighting.date} />{' '}
                <span className="app-assumption__source">Source: {weighting.source}</span>
              </span>
            </>
          }
          error={errors['assumptions.deprivationNeedRatio']}
          small
          value={strength}
          options={[
            {
              value: 'none',
              label: 'None (same need everywhere)',
              hint: 'Every authority’s need is the same share of its births.',
            },
            {
              value: 'default',
              label: `${formatAssumptionValue(weighting.value, weighting.unit)} in the most deprived fifth of neighbourhoods (the default)`,
            },
            { value: 'other', label: 'Another strength' },
          ]}
          onChange={(next) => {
            setChosenOther(next === 'other')
            if (next === 'none') set(NO_WEIGHTING)
            if (next === 'default') set(undefined)
          }}
          reveal={{
            other: (
              <NumberField
                id="assumption-deprivationNeedRatio"
                label="Times as likely to need a team in the most deprived fifth"
                hint={`From 1 (no weighting) to 5; the usual range is ${formatAssumptionValue(weighting.low, weighting.unit)} to ${formatAssumptionValue(weighting.high, weighting.unit)}.`}
                suffix="times"
                width={4}
                value={value}
                defaultValue={weighting.value}
                error={errors['assumptions.deprivationNeedRatio']}
                validate={(n) =>
                  assumptionProblem('deprivationNeedRatio', n)
                    ? 'Enter a strength from 1 to 5 times'
                    : null
                }
                onCommit={set}
              />
            ),
          }}
        />
      ) : null}
      <RationaleNote
        rationale={rationale}
        noteKey="a.deprivationNeedRatio"
        label="extra need where deprivation is highest"
      />
      <p className="nhsuk-body-s">
        {local.length === 0
          ? 'No authority has a need rate of its own. '
          : `${listText(
              local.map(
                ([code, need]) =>
                  `${areaNames.get(code) ?? code} (${formatPercent(need.rate, 1)} of births)`,
              ),
            )} ${local.length === 1 ? 'has its' : 'have their'} own need rate. `}
        <a href="#authorities-title">
          {local.length === 0 ? 'Set one' : 'Change them'} in the table of local authorities
        </a>
        , with the reason.
      </p>
    </div>
  )
})
