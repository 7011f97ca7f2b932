/**
 * Reads `/compare?ids=a,b,c`: the scenario ids in order, and a plain message for each problem
 * (an id that cannot be one, a repeat, too few or too many), so the page can say exactly what
 * is wrong with the link instead of asking the server.
 */
export const MIN_COMPARE = 2
export const MAX_COMPARE = 4

const ID = /^[a-z0-9]{8,32}$/

export function parseCompareIds(raw: string | null): { ids: string[]; problems: string[] } {
  const ids: string[] = []
  const problems: string[] = []
  for (const part of (raw ?? '').split(',')) {
    const id = part.trim()
    if (!id) continue
    if (!ID.test(id)) {
      problems.push(`“${id.slice(0, 40)}” is not a scenario id`)
    } else if (ids.includes(id)) {
      problems.push(`Scenario ${id} is listed more than once`)
    } else {
      ids.push(id)
    }
  }
  if (ids.length < MIN_COMPARE) {
    problems.push(
      `Choose at least ${MIN_COMPARE} scenarios to compare; this link has ${ids.length === 0 ? 'none' : ids.length}`,
    )
  } else if (ids.length > MAX_COMPARE) {
    problems.push(`Compare at most ${MAX_COMPARE} scenarios at once; this link has ${ids.length}`)
  }
  return { ids, problems }
}
