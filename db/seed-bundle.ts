import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SEED_FILES, type SeedBundle } from './seed-format'

/** The committed seed, next to this file so it works from any working directory. */
export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'seed-data')

const cache = new Map<string, SeedBundle>()

/** Reads and parses the JSON seed once per process (tests open many databases). */
export function loadSeedBundle(dir: string = SEED_DIR): SeedBundle {
  const cached = cache.get(dir)
  if (cached) return cached
  const read = <K extends Exclude<keyof typeof SEED_FILES, 'boundaries'>>(
    key: K,
  ): SeedBundle[K] => {
    const path = join(dir, SEED_FILES[key])
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as SeedBundle[K]
    } catch (error) {
      throw new Error(`Cannot read the seed file ${path}: ${(error as Error).message}`)
    }
  }
  const bundle: SeedBundle = {
    manifest: read('manifest'),
    geography: read('geography'),
    population: read('population'),
    neighbours: read('neighbours'),
    births: read('births'),
    teams: read('teams'),
    reference: read('reference'),
    sources: read('sources'),
    deprivation: read('deprivation'),
  }
  cache.set(dir, bundle)
  return bundle
}
