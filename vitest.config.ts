import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    reporters: ['default', './tests/reporters/vitest-summary.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'db/**/*.test.ts',
            // The real server as a child process: SIGKILL rounds, load, backups during writes.
            'tests/reliability/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['client/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
})
