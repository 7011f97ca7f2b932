/*
 * Global setup of the postgres test project: one schema per run, migrated and seeded as a first
 * start does it, that every test database is copied from (test-postgres.ts). Afterwards every
 * schema of the run is dropped, and those of runs that died more than an hour ago.
 */
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { prepareDatabase } from '../../db/prepare'
import {
  quoted,
  runId as makeRunId,
  runStarted,
  SCHEMA_PREFIX,
  schemaUrl,
  TEST_POSTGRES_URL,
} from './postgres-url'

const STALE_MS = 3600_000

async function dropSchemas(admin: pg.Pool, keep: (runStarted: number) => boolean) {
  const { rows } = await admin.query<{ name: string }>(
    `select nspname as name from pg_namespace where starts_with(nspname, $1)`,
    [SCHEMA_PREFIX],
  )
  for (const { name } of rows) {
    if (!keep(runStarted(name))) await admin.query(`drop schema if exists ${quoted(name)} cascade`)
  }
}

export default async function setup(project: TestProject) {
  const admin = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 })
  const started = Date.now()
  const runId = makeRunId(started)
  await dropSchemas(admin, (t) => Number.isNaN(t) || started - t < STALE_MS)
  const seedSchema = `${SCHEMA_PREFIX}${runId}_seed`
  await admin.query(`create schema ${quoted(seedSchema)}`)
  const db = await prepareDatabase(schemaUrl(seedSchema), { poolSize: 2 })
  await db.destroy()
  project.provide('postgres', { runId, seedSchema })
  return async () => {
    await dropSchemas(admin, (t) => t !== started)
    await admin.end()
  }
}
