import { describe, expect, it } from 'vitest'
import type { Organisation, SessionUser } from '../../shared/domain/saved-scenario'
import { canCreate, scenarioPermissions } from './permissions'

const lsc: Organisation = { id: 'org1lsc0', name: 'Lancashire ICB', kind: 'icb', areaCode: null }
const gm: Organisation = {
  id: 'org2gm00',
  name: 'Greater Manchester ICB',
  kind: 'icb',
  areaCode: null,
}

const user = (
  role: SessionUser['role'],
  organisation = lsc,
  mustChangePassword = false,
): SessionUser => ({
  id: 'u1',
  email: 'a@b.test',
  name: 'A',
  role,
  organisation,
  mustChangePassword,
})

const draft = { organisation: lsc, status: 'draft' as const, canEdit: true }
const approved = { organisation: lsc, status: 'approved' as const, canEdit: false }

describe('scenarioPermissions', () => {
  it('lets an editor of the organisation do everything with a draft', () => {
    expect(scenarioPermissions(user('editor'), draft)).toEqual({
      edit: true,
      approve: true,
      clone: true,
      share: true,
      archive: true,
      delete: true,
      reason: null,
    })
  })

  it('locks an approved scenario; only an admin may delete it', () => {
    const editor = scenarioPermissions(user('editor'), approved)
    expect(editor).toMatchObject({ edit: false, approve: false, clone: true, delete: false })
    expect(editor.reason).toMatch(/approved for the board/)
    expect(scenarioPermissions(user('admin'), approved).delete).toBe(true)
  })

  it('lets another organisation only clone', () => {
    const p = scenarioPermissions(user('admin', gm), { ...draft, canEdit: false })
    expect(p).toMatchObject({
      edit: false,
      clone: true,
      share: false,
      archive: false,
      delete: false,
    })
    expect(p.reason).toBe('It belongs to Lancashire ICB. Clone it to make your own copy.')
  })

  it('lets a viewer change nothing, and says why', () => {
    const p = scenarioPermissions(user('viewer'), draft)
    expect(Object.values(p).filter((v) => v === true)).toEqual([])
    expect(p.reason).toMatch(/Viewers can look/)
  })

  it('asks for a new password first', () => {
    expect(scenarioPermissions(user('editor', lsc, true), draft).reason).toMatch(
      /one-time password/,
    )
    expect(canCreate(user('editor', lsc, true))).toBe(false)
  })

  it('lets editors and admins create', () => {
    expect(canCreate(user('editor'))).toBe(true)
    expect(canCreate(user('viewer'))).toBe(false)
    expect(canCreate(null)).toBe(false)
  })
})
