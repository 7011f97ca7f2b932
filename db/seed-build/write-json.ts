/**
 * Deterministic JSON with one array element per line under each top-level key: compact on disk,
 * yet a change to one record shows as a one-line diff.
 */
export function seedJson(value: object): string {
  const parts = Object.entries(value).map(([key, v]) => {
    const body = Array.isArray(v)
      ? v.length === 0
        ? '[]'
        : `[\n${v.map((item) => JSON.stringify(item)).join(',\n')}\n]`
      : JSON.stringify(v)
    return `${JSON.stringify(key)}:${body}`
  })
  return `{\n${parts.join(',\n')}\n}\n`
}
