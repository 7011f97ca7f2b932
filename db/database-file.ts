/**
 * The SQLite file named by DATABASE_URL, for the command-line tools: the same default and the same
 * optional 'file:' / 'sqlite:' prefix as the server (server/env.ts).
 */
export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  return (env.DATABASE_URL || './data/coverage2030.sqlite').replace(/^(sqlite|file):(\/\/)?/, '')
}
