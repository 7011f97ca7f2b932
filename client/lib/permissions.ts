/**
 * What the signed-in person may do with a saved scenario, and in words why not, so the page can
 * hide or disable each action with a short reason. The server checks every one of these again;
 * this only keeps people from trying what will be refused.
 */
import type { SavedScenario, SessionUser } from '../../shared/domain/saved-scenario'

export interface ScenarioPermissions {
  /** Change settings, notes and name; approve. */
  edit: boolean
  approve: boolean
  /** Copy into one's own organisation (any scenario one can see). */
  clone: boolean
  share: boolean
  archive: boolean
  delete: boolean
  /** Why the inputs are read-only, or null when they can be changed. */
  reason: string | null
}

type ScenarioFacts = Pick<SavedScenario, 'organisation' | 'status' | 'canEdit'>

export function scenarioPermissions(
  user: SessionUser | null,
  scenario: ScenarioFacts,
): ScenarioPermissions {
  const none = (reason: string): ScenarioPermissions => ({
    edit: false,
    approve: false,
    clone: false,
    share: false,
    archive: false,
    delete: false,
    reason,
  })
  if (!user) return none('Sign in to change scenarios.')
  if (user.mustChangePassword) {
    return none('Change your one-time password before making changes.')
  }
  if (user.role === 'viewer') {
    return none(
      'Viewers can look at scenarios but not change them. Ask an admin for editor access.',
    )
  }
  const own = user.organisation.id === scenario.organisation.id
  const approved = scenario.status === 'approved'
  const edit = own && !approved && scenario.canEdit
  return {
    edit,
    approve: edit,
    clone: true,
    share: own,
    archive: own,
    // An approved scenario is the board's record: only an admin may remove it.
    delete: own && (!approved || user.role === 'admin'),
    reason: edit
      ? null
      : approved
        ? 'It is approved for the board, so it is locked. Clone it to make changes.'
        : !own
          ? `It belongs to ${scenario.organisation.name}. Clone it to make your own copy.`
          : 'You cannot change it.',
  }
}

/** Whether the person can create scenarios at all (save from the builder, clone). */
export function canCreate(user: SessionUser | null): boolean {
  return !!user && user.role !== 'viewer' && !user.mustChangePassword
}
