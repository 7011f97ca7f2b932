/** Guards an invariant the typed input should already guarantee; a failure is a bug, not bad input. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Engine invariant failed: ${message}`)
}
