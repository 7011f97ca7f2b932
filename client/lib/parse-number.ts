/**
 * Reads a number typed by a person or written into a link. Thousands separators are allowed
 * ("500,000"); anything else that is not a plain finite decimal is refused with null rather than
 * guessed at, because Number() reads '' as 0 and '0x10' as 16.
 */
const NUMBER_TEXT = /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i

export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '')
  if (!NUMBER_TEXT.test(trimmed)) return null
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : null
}
