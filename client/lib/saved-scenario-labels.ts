/** Words for a saved scenario's status and who can see it, the same on every page. */
import type { Organisation, ScenarioStatus, Visibility } from '../../shared/domain/saved-scenario'

export const STATUS_LABELS: Record<ScenarioStatus, string> = {
  draft: 'Draft',
  approved: 'Approved for board',
}

/** Tag colours; the words carry the meaning, never the colour alone. */
export const STATUS_TAG_CLASSES: Record<ScenarioStatus, string> = {
  draft: 'nhsuk-tag--grey',
  approved: 'nhsuk-tag--green',
}

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  organisation: 'Organisation only',
  shared: 'Shared with chosen organisations',
  published: 'Published to every organisation',
}

/** 'Only Lancashire ICB', 'Lancashire ICB and 2 others: A, B', 'Every organisation'. */
export function visibilityText(
  visibility: Visibility,
  owner: Pick<Organisation, 'name'>,
  sharedWith: readonly Pick<Organisation, 'name'>[] = [],
): string {
  if (visibility === 'published') return 'Every organisation (published)'
  if (visibility === 'organisation') return `Only ${owner.name}`
  if (sharedWith.length === 0) return `${owner.name} and the organisations it is shared with`
  return `${owner.name}, shared with ${sharedWith.map((o) => o.name).join(', ')}`
}
