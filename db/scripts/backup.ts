/** `npm run backup -- <file>`: an online backup of DATABASE_URL, checked; see db/backup.ts. */
import { backupDatabase, BackupError, describeSummary, sqliteFileToBackUp } from '../backup'

const USAGE = `Usage: npm run backup -- <backup file>

Copies the database (DATABASE_URL, default ./data/coverage2030.sqlite) with SQLite's online
backup, safe while the server is running, then checks the copy (integrity_check,
foreign_key_check, migrations). The file must not exist yet. On PostgreSQL use pg_dump (README).`

async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.error(USAGE)
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2
  }
  try {
    const source = sqliteFileToBackUp()
    const { destination, summary, ms } = await backupDatabase(source, args[0]!)
    console.log(`Backed up ${source} to ${destination} in ${Math.round(ms)} ms.`)
    console.log(`Checked: ${describeSummary(summary)}.`)
    return 0
  } catch (error) {
    if (!(error instanceof BackupError)) throw error
    console.error(`Backup failed: ${error.message}.`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  return 1
})
