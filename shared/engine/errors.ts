/** Thrown for an area code that is not in the geography, so the API can answer NOT_FOUND. */
export class UnknownAreaError extends Error {
  readonly code: string

  constructor(code: string) {
    super(`No area has the code ${code}`)
    this.name = 'UnknownAreaError'
    this.code = code
  }
}
