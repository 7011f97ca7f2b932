import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEED_DIR } from '../seed-bundle'
import { buildSeed } from './build'
import { parseEstablishedYear } from './teams'

const sharedDir = resolve(process.env.SHARED_DIR ?? join(SEED_DIR, '../../../shared'))
const hasShared = existsSync(join(sharedDir, 'data', 'SOURCES.md'))

describe('the committed seed', () => {
  it('matches the hashes in its manifest', () => {
    const manifest = JSON.parse(readFileSync(join(SEED_DIR, 'manifest.json'), 'utf8')) as {
      files: Record<string, string>
    }
    const files = readdirSync(SEED_DIR)
      .filter((f) => f !== 'manifest.json')
      .sort()
    expect(Object.keys(manifest.files)).toEqual(files)
    for (const file of files) {
      const hash = createHash('sha256')
        .update(readFileSync(join(SEED_DIR, file), 'utf8'))
        .digest('hex')
      expect(hash.slice(0, 16), file).toBe(manifest.files[file])
    }
  })

  it('stays under 1.5 MB in total', () => {
    const total = readdirSync(SEED_DIR).reduce(
      (sum, f) => sum + readFileSync(join(SEED_DIR, f)).length,
      0,
    )
    expect(total).toBeLessThan(1.5 * 1024 * 1024)
  })

  it.skipIf(!hasShared)(
    'is exactly what the builder makes from ../shared (deterministic, up to date)',
    () => {
      const built = buildSeed(sharedDir)
      for (const [name, text] of built) {
        expect(
          readFileSync(join(SEED_DIR, name), 'utf8') === text,
          `${name} is stale: run npm run seed:build`,
        ).toBe(true)
      }
    },
  )
})

describe('parseEstablishedYear', () => {
  it('takes a stated year, or a single year inferred from a dated statement', () => {
    expect(parseEstablishedYear('1998')).toBe(1998)
    expect(parseEstablishedYear('2021 (Dec)')).toBe(2021)
    expect(parseEstablishedYear("c.2016 (inferred: 'launched five years ago' in June 2021)")).toBe(
      2016,
    )
  })

  it('leaves ranges, unverified guesses and unknowns empty', () => {
    expect(parseEstablishedYear('c.2013-2014 (inferred: PIP funding bid)')).toBeNull()
    expect(parseEstablishedYear('c.2023 (unverified)')).toBeNull()
    expect(parseEstablishedYear('unknown (before 2019)')).toBeNull()
    expect(parseEstablishedYear('2019-2022')).toBeNull()
  })
})
