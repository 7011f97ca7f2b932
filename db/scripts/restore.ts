/** `npm run restore -- <backup file>`: puts a checked backup in place of DATABASE_URL; see db/backup.ts. */
import { BackupError, describeSummary, restoreDatabase, sqliteFileToBackUp } from '../backup'

const USAGE = `Usage: npm run restore -- <backup file>

Replaces the database (DATABASE_URL, default ./data/coverage2030.sqlite) with a backup made by
npm run backup. Stop the server first: the restore refuses while the database is in use. The
backup is checked before anything changes, and the current database is kept beside it as
<database>.before-restore-<time>. On PostgreSQL use pg_restore (README).`

function main(args: string[]): number {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.error(USAGE)
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2
  }
  try {
    const database = sqliteFileToBackUp()
    const result = restoreDatabase(args[0]!, database)
    console.log(`Restored ${args[0]} to ${database}.`)
    console.log(`Checked: ${describeSummary(result.summary)}.`)
    if (result.previousUnreadable) {
      console.log(`The database it replaced could not be read: ${result.previousUnreadable}.`)
    }
    if (result.keptAs) console.log(`The previous database is kept as ${result.keptAs}.`)
    console.log('Start the server to use it.')
    return 0
  } catch (error) {
    if (!(error instanceof BackupError)) throw error
    console.error(`Restore refused: ${error.message}.`)
    return 1
  }
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
