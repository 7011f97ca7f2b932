import { expect, test } from 'vitest'
import { runMixedLoad } from './mixed-load'

/*
 * Issue #7 deliverable 2, the short version for `npm test`: 20 connections for 5 s of mixed
 * reads and saves on the production server. Every request is valid, so every answer must be a
 * 2xx, and every acknowledged save must be in the database afterwards with its audit row.
 * Latency and event-loop figures belong to the benchmark (tests/bench/load.ts), not here.
 */
test('mixed reads and saves under load: no 5xx, no error, no lost write', async () => {
  const result = await runMixedLoad({ connections: 20, seconds: 5, warmUpSeconds: 1 })
  expect(result.problems).toEqual([])
  expect(result.serverErrors).toBe(0)
  expect(result.noAnswer).toBe(0)
  expect(Object.keys(result.statuses)).toEqual(['2xx'])
  expect(result.lostWrites).toBe(0)
  // Not vacuous: reads and saves were both answered, many of them.
  expect(result.latency.reads.length).toBeGreaterThan(100)
  expect(result.latency.writes.length).toBeGreaterThan(10)
  expect(result.acknowledgedSaves).toBeGreaterThan(10)
}, 90_000)
