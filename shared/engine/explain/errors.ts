/** A figure that cannot be explained as asked; `field` names the input at fault (e.g. 'figure.area'). */
export class ExplainFigureError extends Error {
  readonly field: string

  constructor(field: string, message: string) {
    super(message)
    this.name = 'ExplainFigureError'
    this.field = field
  }
}
