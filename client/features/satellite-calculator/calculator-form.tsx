/**
 * The satellite's inputs: therapists, band, start and end month, the hub and its supervision time.
 * Each change is costed at once; values that cannot be costed say why beside the field.
 */
import { BANDS, type Band } from '../../../shared/domain/pay'
import { MonthField, NumberField, SelectField } from '../../components/fields'
import type { HubOption } from './hub-options'
import type { CalculatorState } from './use-calculator-state'

interface CalculatorFormProps {
  state: CalculatorState
  errors: Record<string, string>
  hubs: readonly HubOption[]
  hubId: string | null
  hubsLoading: boolean
}

export function CalculatorForm({ state, errors, hubs, hubId, hubsLoading }: CalculatorFormProps) {
  const hubChoices = hubs.map((h) => ({ value: h.id, label: `${h.name} (${h.where})` }))
  return (
    <form
      className="app-calculator-form app-no-print"
      aria-label="Satellite details"
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <NumberField
        id="sat-therapists"
        label="Number of therapists"
        hint="Whole-time equivalent parent-infant therapists"
        suffix="WTE"
        width={3}
        value={state.therapists}
        error={errors.therapists}
        validate={(n) => (n > 0 && n <= 20 ? null : 'Enter a number of therapists from 0.1 to 20')}
        onCommit={(n) => n !== undefined && state.set.therapists(n)}
      />
      <SelectField<Band>
        id="sat-band"
        label="Therapists’ pay band"
        hint="Agenda for Change band"
        value={state.band}
        error={errors.band}
        options={BANDS.map((b) => ({ value: b, label: `Band ${b}` }))}
        onChange={state.set.band}
      />
      <MonthField
        id="sat-start"
        label="Start month"
        hint="For example, 2024-11"
        value={state.start}
        error={errors.start}
        min="2000-01"
        max="2100-12"
        onCommit={state.set.start}
      />
      <MonthField
        id="sat-end"
        label="End month"
        hint="The last month paid, included"
        value={state.end}
        error={errors.end}
        min="2000-01"
        max="2100-12"
        onCommit={state.set.end}
      />
      <SelectField
        id="sat-hub"
        className="app-calculator-form__wide"
        label="Hub team"
        hint="The existing team that supervises the satellite: teams funded this year within the model’s travel limit, nearest first"
        value={hubId ?? ''}
        error={
          errors.hub ??
          (!hubsLoading && hubs.length === 0
            ? 'No team within the travel limit can act as a hub; consider a standalone team'
            : hubs.find((h) => h.id === hubId)?.hasPlace === false
              ? 'This team already supervises as many satellites as the model allows; the scenario builder would choose another hub or a standalone team'
              : null)
        }
        options={
          hubChoices.length
            ? hubChoices
            : [{ value: '', label: hubsLoading ? 'Loading teams…' : 'No team nearby' }]
        }
        onChange={state.set.hubId}
      />
      <NumberField
        id="sat-supervision"
        label="Supervision from the hub"
        hint="WTE of a band 8a clinician, charged to the satellite"
        suffix="WTE"
        width={3}
        value={state.supervisionWte}
        error={errors.supervisionWte}
        validate={(n) => (n >= 0 && n <= 10 ? null : 'Enter supervision from 0 to 10 WTE')}
        onCommit={(n) => n !== undefined && state.set.supervisionWte(n)}
      />
    </form>
  )
}
