/** Thrown for an area code that is not in the geography, so the API can answer NOT_FOUND. */
export class UnknownAreaError extends Error {
  readonly code: string

  constructor(code: string) {
    super(`No area has the code ${code}`)
    this.name = 'UnknownAreaError'
    this.code = code
  }
}

/**
 * Thrown when the least-cost plan cannot keep to its "reach it by" path: `path` names the
 * input field (['reachBy', 2, 'coverage']) so the API can answer BAD_REQUEST on that field.
 */
export class ReachByError extends Error {
  readonly path: (string | number)[]

  constructor(path: (string | number)[], message: string) {
    super(message)
    this.name = 'ReachByError'
    this.path = path
  }
}
