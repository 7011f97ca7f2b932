/**
 * A select of every area a scenario can cover (the UK, nations, health bodies, local authorities),
 * grouped by level. A native select keeps it keyboard and screen-reader friendly: typing a name
 * jumps to it.
 */
import { useQuery } from '@tanstack/react-query'
import { AREA_LEVEL_LABELS, type AreaLevel, type AreaRef } from '../../../shared/domain/geography'
import { FieldShell } from '../../components/fields'
import { REFERENCE_STALE_TIME, trpc } from '../../trpc'

const LEVEL_ORDER: AreaLevel[] = ['uk', 'nation', 'health-body', 'local-authority']

const GROUP_LABELS: Record<AreaLevel, string> = {
  ...AREA_LEVEL_LABELS,
  nation: 'Nations',
  'health-body': 'Health bodies (ICBs and boards)',
  'upper-tier': 'Upper-tier authorities',
  'local-authority': 'Local authorities',
}

interface ScopeSelectProps {
  id: string
  value: string
  onChange: (code: string) => void
  error?: string | null
  label?: string
  hint?: string
}

export function ScopeSelect({
  id,
  value,
  onChange,
  error,
  label = 'Area to plan for',
  hint = 'The whole UK, a nation, a health body such as an ICB, or one local authority',
}: ScopeSelectProps) {
  const areas = useQuery({
    ...trpc.geography.areas.queryOptions(),
    staleTime: REFERENCE_STALE_TIME,
  })
  const list: AreaRef[] = areas.data ?? []
  const known = list.some((a) => a.code === value)
  const loadError = areas.isError ? 'The list of areas could not be loaded. Try again later.' : null
  return (
    <FieldShell id={id} label={label} hint={hint} error={error ?? loadError} bold>
      {(describedBy) => (
        <select
          className={`nhsuk-select app-scope-select${error ? ' nhsuk-select--error' : ''}`}
          id={id}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {!value ? <option value="">Choose an area</option> : null}
          {value && !known ? (
            <option value={value}>{areas.isPending ? 'Loading areas…' : value}</option>
          ) : null}
          {LEVEL_ORDER.map((level) => {
            const items = list
              .filter((a) => a.level === level)
              .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
            if (items.length === 0) return null
            return (
              <optgroup key={level} label={GROUP_LABELS[level]}>
                {items.map((area) => (
                  <option key={area.code} value={area.code}>
                    {area.name}
                  </option>
                ))}
              </optgroup>
            )
          })}
        </select>
      )}
    </FieldShell>
  )
}
