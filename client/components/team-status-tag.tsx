/**
 * TeamStatusTag: a register team's status as an NHS tag with words, plus TEAM_STATUS_LABELS for
 * filters and tables.
 */
import type { TeamStatus } from '../../shared/domain/model-data'

export const TEAM_STATUS_LABELS: Record<TeamStatus, string> = {
  operating: 'Operating',
  satellite: 'Satellite',
  closed: 'Closed',
  related: 'Related service',
  unverified: 'Not verified',
}

const STATUS_COLOURS: Record<TeamStatus, string> = {
  operating: 'nhsuk-tag--green',
  satellite: 'nhsuk-tag--aqua-green',
  closed: 'nhsuk-tag--grey',
  related: 'nhsuk-tag--purple',
  unverified: 'nhsuk-tag--yellow',
}

export function TeamStatusTag({ status, title }: { status: TeamStatus; title?: string }) {
  return (
    <strong className={`nhsuk-tag ${STATUS_COLOURS[status]} app-status-tag`} title={title}>
      {TEAM_STATUS_LABELS[status]}
    </strong>
  )
}
