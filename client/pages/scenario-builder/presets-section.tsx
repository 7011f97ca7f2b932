/**
 * Two named starting points for the assumptions: the evidence-based defaults and the
 * Parent-Infant Foundation calibration (the terms of the £73m national ask). Each says what it
 * sets; applying one sets those assumptions at once and leaves every other change alone. The one
 * in use is marked, so a reader knows which terms the results are on.
 */
import { memo } from 'react'
import type { Assumption, AssumptionKey } from '../../../shared/domain/assumptions'
import { PRESETS } from '../../../shared/domain/presets'
import { MarkBadge } from '../../components/mark-badge'
import { applyPreset, presetInUse, presetValues } from '../../lib/presets'
import type { AssumptionDefaults } from '../../lib/scenario-settings'
import type { ScenarioUrlState } from '../../lib/scenario-url'
import { formatAssumptionValue } from './assumption-format'

interface PresetsSectionProps {
  assumptions: readonly Assumption[]
  defaults: AssumptionDefaults
  state: ScenarioUrlState
  update: (next: ScenarioUrlState) => void
}

// Memoised: the page re-renders when a result arrives, which does not change the presets.
export const PresetsSection = memo(function PresetsSection({
  assumptions,
  defaults,
  state,
  update,
}: PresetsSectionProps) {
  if (assumptions.length === 0) return null
  const inUse = presetInUse(state.assumptions, PRESETS, defaults)
  const meta = new Map(assumptions.map((a) => [a.key, a]))
  return (
    <div className="app-presets" role="group" aria-labelledby="presets-title">
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id="presets-title">
        Assumptions to start from
      </h3>
      <p className="nhsuk-body-s">
        {inUse
          ? `In use: ${PRESETS.find((p) => p.id === inUse)!.label}.`
          : 'In use: a mix of your own.'}{' '}
        Each sets the assumptions listed; anything else you have changed stays as it is.
      </p>
      <ul className="nhsuk-list app-presets__list">
        {PRESETS.map((preset) => {
          const values = presetValues(preset, PRESETS, defaults)
          const current = preset.id === inUse
          return (
            <li key={preset.id} className="app-presets__item">
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                <strong>{preset.label}</strong>
                {current ? (
                  <strong className="nhsuk-tag nhsuk-tag--white app-changed-tag">In use</strong>
                ) : null}
              </p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{preset.description}</p>
              <ul className="nhsuk-list nhsuk-body-s app-presets__values">
                {Object.entries(values).map(([key, value]) => {
                  const a = meta.get(key as AssumptionKey)
                  if (!a || value === undefined) return null
                  return (
                    <li key={key}>
                      {a.label}: {formatAssumptionValue(value, a.unit)}{' '}
                      <MarkBadge mark={a.mark} source={a.source} />
                    </li>
                  )
                })}
              </ul>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                disabled={current}
                onClick={() => update(applyPreset(state, preset, PRESETS))}
              >
                {current ? 'In use' : 'Apply'}
                <span className="nhsuk-u-visually-hidden"> {preset.label}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
})
