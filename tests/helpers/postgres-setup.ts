/*
 * Set up before every test file of the postgres project (vitest.config.ts): databases made during
 * a test close when it ends, the rest when the file ends, and then the file's schemas are
 * dropped. Registered first, so these hooks run after the file's own after-hooks.
 */
import { afterAll, afterEach, beforeEach } from 'vitest'
import { dropFileSchemas, releaseTestDbs, setPhase } from './test-postgres'

beforeEach(() => setPhase('test'))

afterEach(async () => {
  setPhase('file')
  await releaseTestDbs('test')
})

afterAll(dropFileSchemas)
