/**
 * MarkBadge: how sure we are of a figure, as an NHS tag with words (never colour alone).
 * S → Stated, I → Derived, A → Assumption, U → Uncertain. The tooltip (title) and the hidden text
 * for screen readers carry the full meaning and, when given, the source.
 *
 *   <MarkBadge mark="A" source="FACTS.md §6" />
 */
import type { Mark } from '../../shared/domain/provenance'
import { MARK_LABELS } from '../../shared/domain/provenance'

export const MARK_SHORT_LABELS: Record<Mark, string> = {
  S: 'Stated',
  I: 'Derived',
  A: 'Assumption',
  U: 'Uncertain',
}

const MARK_COLOURS: Record<Mark, string> = {
  S: 'nhsuk-tag--green',
  I: 'nhsuk-tag--blue',
  A: 'nhsuk-tag--yellow',
  U: 'nhsuk-tag--grey',
}

interface MarkBadgeProps {
  mark: Mark
  source?: string | null
  /** Extra words for the tooltip, e.g. the date the figure applies to. */
  note?: string | null
}

export function MarkBadge({ mark, source, note }: MarkBadgeProps) {
  const detail = [MARK_LABELS[mark], note, source ? `Source: ${source}` : null]
    .filter(Boolean)
    .join('. ')
  return (
    <strong className={`nhsuk-tag ${MARK_COLOURS[mark]} app-mark`} title={detail}>
      {MARK_SHORT_LABELS[mark]}
      <span className="nhsuk-u-visually-hidden">: {detail}</span>
    </strong>
  )
}
