/**
 * The e2e server's first-start admin (playwright.config.ts passes ADMIN_INITIAL_PASSWORD), so
 * browser tests can sign in. Test-only: a real first start prints a random one-time password.
 */
export const E2E_ADMIN_EMAIL = 'admin@coverage2030.local'
export const E2E_ADMIN_PASSWORD = 'correct-horse-battery-staple-2030'
