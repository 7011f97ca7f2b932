/** One reason a file was refused (or, as a warning, accepted with a remark). */
export interface ImportProblem {
  /** 1-based line in the file where the record starts (the header is row 1); null = the whole file. */
  row: number | null
  /** The column as the file names it, or the canonical name of a missing one; null = the whole row. */
  field: string | null
  message: string
}

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 50

/** `row 5, column "count": expected a whole number, got "12a"` */
export function formatProblem(p: ImportProblem): string {
  const where = [
    p.row === null ? null : `row ${p.row}`,
    p.field === null ? null : `column "${p.field}"`,
  ].filter(Boolean)
  return where.length ? `${where.join(', ')}: ${p.message}` : p.message
}

export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
    .map(({ p }) => p)
}

/** One line: how many problems in how many rows, and that nothing was written. */
export function problemSummary(problems: readonly ImportProblem[]): string {
  const rows = new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
  const inRows = rows ? ` in ${rows} row${rows === 1 ? '' : 's'}` : ''
  return `The file was not imported: ${count}${inRows}. Nothing was changed.`
}

/** The summary, then the first 50 problems one per line, then how many more there are. */
export function formatProblems(problems: readonly ImportProblem[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem)
  const rest = problems.length - listed.length
  if (rest > 0) listed.push(`… and ${rest} more problem${rest === 1 ? '' : 's'}`)
  return [problemSummary(problems), ...listed].join('\n')
}

/** A value as it appears in a message: quoted, shortened, control characters made visible. */
export function quoteValue(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value
  return JSON.stringify(short)
}
