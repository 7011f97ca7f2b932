import { defineConfig } from '@playwright/test'
import { E2E_ADMIN_PASSWORD } from './tests/e2e/credentials'

const PORT = Number(process.env.E2E_PORT ?? 3901)
const DB = process.env.E2E_DATABASE ?? `/tmp/coverage2030-e2e-${process.pid}.sqlite`

// Debian's Chromium, never a downloaded browser (TOOLCHAIN.md).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.test.ts',
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['./tests/reporters/playwright-summary.ts']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: `rm -f ${DB} ${DB}-wal ${DB}-shm && NODE_ENV=production npx tsx server/main.ts`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: DB,
      ADMIN_INITIAL_PASSWORD: E2E_ADMIN_PASSWORD,
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
})
