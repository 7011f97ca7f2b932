/**
 * "Why did you change this?": an optional note beside a setting or assumption that differs from
 * its default, saved with the scenario (keyed 'budgetCap', 'a.needRate', 'overrides') so a board
 * paper can say why each figure was moved. Read-only scenarios show the note as text.
 */
import { TextareaField } from '../../components/fields'

export interface Rationale {
  /** Keys of the settings that differ from their defaults (see lib/scenario-settings changedKeys). */
  changed: ReadonlySet<string>
  notes: Readonly<Record<string, string>>
  /** Absent: the notes are shown read-only. */
  onChange?: (key: string, text: string) => void
}

interface RationaleNoteProps {
  rationale?: Rationale
  noteKey: string
  /** What was changed, for screen readers: 'annual budget cap'. */
  label: string
}

export function RationaleNote({ rationale, noteKey, label }: RationaleNoteProps) {
  if (!rationale || !rationale.changed.has(noteKey)) return null
  const text = rationale.notes[noteKey] ?? ''
  const { onChange } = rationale
  if (!onChange) {
    if (!text.trim()) return null
    return (
      <div className="app-rationale app-rationale--read">
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
          <strong>
            Why it was changed{<span className="nhsuk-u-visually-hidden"> ({label})</span>}:
          </strong>{' '}
          {text}
        </p>
      </div>
    )
  }
  return (
    <TextareaField
      id={`why-${noteKey.replace(/\W/g, '-')}`}
      className="app-rationale"
      label={
        <>
          Why did you change this?
          <span className="nhsuk-u-visually-hidden"> ({label})</span>
        </>
      }
      hint="Optional. Saved with the scenario and shown when it is compared or approved."
      value={text}
      rows={2}
      maxLength={2000}
      onChange={(next) => onChange(noteKey, next)}
    />
  )
}
