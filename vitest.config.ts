import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { postgresReachable, TEST_POSTGRES_URL } from './tests/helpers/postgres-url'

/*
 * Every repository, router and permission test runs twice: on SQLite (the `node` project) and
 * on PostgreSQL (the `postgres` project, TEST_STORE=postgres, a schema of its own per test
 * database). Without a reachable PostgreSQL the second run is left out with a message, except
 * in CI, which must have it (.ci/run starts it).
 */
const ON_BOTH_STORES = [
  'server/**/*.test.ts',
  'db/**/*.test.ts',
  // The real server as a child process: SIGKILL rounds, load, backups during writes.
  'tests/reliability/**/*.test.ts',
]
/**
 * SQLite's own machinery (pragmas, the statement cache, online backup), the seed builder, and
 * the engine's checks on the real data, which db/model-data.test.ts shows is the same to the
 * last digit from PostgreSQL.
 */
const SQLITE_ONLY = [
  'db/open-db.test.ts',
  'db/statement-cache.test.ts',
  'db/backup.test.ts',
  'db/seed-build/**',
  'db/ranges-real-data.test.ts',
  'tests/reliability/backup-during-writes.test.ts',
]

/** Several server processes on one database: what PostgreSQL is for. */
const POSTGRES_ONLY = ['tests/reliability/two-processes.test.ts']

async function postgresProject(): Promise<TestProjectInlineConfiguration[]> {
  if (await postgresReachable()) {
    return [
      {
        test: {
          name: 'postgres',
          environment: 'node',
          include: ON_BOTH_STORES,
          exclude: [...configDefaults.exclude, ...SQLITE_ONLY],
          env: { TEST_STORE: 'postgres' },
          globalSetup: ['tests/helpers/postgres-global-setup.ts'],
          setupFiles: ['tests/helpers/postgres-setup.ts'],
        },
      },
    ]
  }
  const where = new URL(TEST_POSTGRES_URL).host
  if (process.env.CI) throw new Error(`CI needs PostgreSQL at ${where}, and it does not answer`)
  console.warn(
    `\nPostgreSQL is not reachable at ${where}: the store tests run on SQLite only. ` +
      `Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n`,
  )
  return []
}

export default defineConfig(async () => ({
  test: {
    reporters: ['default', './tests/reporters/vitest-summary.ts'],
    // After-hooks run last-registered first, so postgres-setup.ts cleans up after a file's own.
    sequence: { hooks: 'stack' as const },
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', ...ON_BOTH_STORES],
          exclude: [...configDefaults.exclude, ...POSTGRES_ONLY],
        },
      },
      ...(await postgresProject()),
      {
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['client/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
}))
