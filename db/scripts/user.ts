/** `npm run user -- …`: see db/user-command.ts for the commands. */
import { ensureFirstAdmin } from '../first-admin'
import { prepareDatabase } from '../prepare'
import { runUserCommand, USAGE, UsageError } from '../user-command'

async function main() {
  // The same database as the server (db/database-url.ts).
  const db = await prepareDatabase(process.env.DATABASE_URL)
  try {
    // So that `user add` on a brand-new database does not leave it without an admin.
    const admin = await ensureFirstAdmin(db, {
      initialPassword: process.env.ADMIN_INITIAL_PASSWORD || undefined,
    })
    if (admin?.oneTimePassword) {
      console.log(
        `First start: sign in as ${admin.email} with one-time password ${admin.oneTimePassword}; you will be asked to change it.`,
      )
    }
    await runUserCommand(process.argv.slice(2), db)
  } finally {
    await db.destroy()
  }
}

main().catch((error: unknown) => {
  const usage =
    error instanceof UsageError ||
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  console.error(error instanceof Error ? error.message : String(error))
  if (usage) console.error(`\n${USAGE}`)
  process.exit(1)
})
