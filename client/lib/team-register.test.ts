import { expect, test } from 'vitest'
import type { AreaRef } from '../../shared/domain/geography'
import type { SessionUser } from '../../shared/domain/saved-scenario'
import { canEditRegister, parseAuthorities } from './team-register'

const areas: AreaRef[] = [
  { code: 'E07000122', name: 'Pendle', level: 'local-authority' },
  { code: 'E06000008', name: 'Blackburn with Darwen', level: 'local-authority' },
  { code: 'E54000048', name: 'Lancashire and South Cumbria ICB', level: 'health-body' },
]

test('reads names and codes, once each, and lists what it does not know', () => {
  expect(parseAuthorities('pendle, E06000008; Pendle, Narnia, E54000048', areas)).toEqual({
    codes: ['E07000122', 'E06000008'],
    names: ['Pendle', 'Blackburn with Darwen'],
    unknown: ['Narnia', 'E54000048'],
  })
})

const user = (over: Partial<SessionUser>, kind = 'national', areaCode: string | null = null) =>
  ({
    role: 'editor',
    mustChangePassword: false,
    organisation: { id: 'o', name: 'O', kind, areaCode },
    ...over,
  }) as SessionUser

test('offers editing to national editors and to editors of an organisation with an area', () => {
  expect(canEditRegister(null)).toBe(false)
  expect(canEditRegister(user({}))).toBe(true)
  expect(canEditRegister(user({ role: 'admin' }))).toBe(true)
  expect(canEditRegister(user({ role: 'viewer' }))).toBe(false)
  expect(canEditRegister(user({ mustChangePassword: true }))).toBe(false)
  expect(canEditRegister(user({}, 'icb'))).toBe(false)
  expect(canEditRegister(user({}, 'icb', 'E54000048'))).toBe(true)
})
