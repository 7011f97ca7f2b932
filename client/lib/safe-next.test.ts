import { describe, expect, it } from 'vitest'
import { safeNextPath, signInHref } from './safe-next'

describe('safeNextPath', () => {
  it('follows a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/scenarios/abc12345')).toBe('/scenarios/abc12345')
    expect(safeNextPath('/compare?ids=a,b#top')).toBe('/compare?ids=a,b#top')
    // Percent-encoded characters stay inside the path.
    expect(safeNextPath('/area/%2F%2Fx')).toBe('/area/%2F%2Fx')
  })

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'scenarios',
    '/ /evil',
    '/\tevil',
    '/sign-in',
    '/sign-in?next=/x',
  ])('refuses %s', (next) => {
    expect(safeNextPath(next)).toBe('/scenarios')
  })

  it('uses the fallback when there is no next', () => {
    expect(safeNextPath(null)).toBe('/scenarios')
    expect(safeNextPath('', '/')).toBe('/')
  })
})

describe('signInHref', () => {
  it('carries the current page', () => {
    expect(signInHref('/scenarios/new', '?scope=E54000048')).toBe(
      '/sign-in?next=%2Fscenarios%2Fnew%3Fscope%3DE54000048',
    )
  })
  it('leaves out the home page and the sign-in page itself', () => {
    expect(signInHref('/')).toBe('/sign-in')
    expect(signInHref('/sign-in', '?next=/x')).toBe('/sign-in')
  })
})
