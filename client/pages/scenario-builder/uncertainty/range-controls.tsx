/**
 * The number of draws and the seed, kept in the address (?draws=…&seed=…) so a set of bands can
 * be shared and reproduced exactly. Emptying a box goes back to the default.
 */
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  MAX_DRAWS,
  MAX_SEED,
  MIN_DRAWS,
} from '../../../../shared/domain/uncertainty'
import { NumberField } from '../../../components/fields'
import { formatNumber } from '../../../lib/format'

interface RangeControlsProps {
  draws: number | undefined
  seed: number | undefined
  onDraws: (value: number | undefined) => void
  onSeed: (value: number | undefined) => void
}

function wholeIn(min: number, max: number, what: string) {
  return (value: number) =>
    Number.isInteger(value) && value >= min && value <= max
      ? null
      : `${what} must be a whole number from ${formatNumber(min)} to ${formatNumber(max)}`
}

export function RangeControls({ draws, seed, onDraws, onSeed }: RangeControlsProps) {
  return (
    <div className="app-field-row app-range-controls">
      <NumberField
        id="range-draws"
        label="Number of draws"
        hint={`From ${formatNumber(MIN_DRAWS)} to ${formatNumber(MAX_DRAWS)}. More draws give steadier bands.`}
        value={draws}
        defaultValue={DEFAULT_DRAWS}
        onCommit={onDraws}
        validate={wholeIn(MIN_DRAWS, MAX_DRAWS, 'Number of draws')}
        inputMode="numeric"
        width={5}
      />
      <NumberField
        id="range-seed"
        label="Seed"
        hint="Any whole number. The same seed always gives the same draws."
        value={seed}
        defaultValue={DEFAULT_SEED}
        onCommit={onSeed}
        validate={wholeIn(0, MAX_SEED, 'Seed')}
        inputMode="numeric"
        width={10}
      />
    </div>
  )
}
