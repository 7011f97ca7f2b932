/**
 * Spreadsheets run a cell that starts with = + - @ (and, via DDE, tab or CR) as a formula, so a
 * team name like "=HYPERLINK(…)" could act when a board member opens an export (OWASP ASVS 5.0
 * 1.2.10). Text cells starting with one of those, or with spaces or quotes before one, get a
 * leading apostrophe, which shows the text as typed. Numbers are never changed: a negative figure
 * from the model is a number, not text, and only our own numbers are written unescaped.
 */
const TRIGGER = /^[=+\-@\t\r\n\0]/
const HIDDEN_TRIGGER = /^[\s"]+[=+\-@]/

export const needsEscape = (text: string) => TRIGGER.test(text) || HIDDEN_TRIGGER.test(text)

export function escapeText(text: string): string {
  return needsEscape(text) ? `'${text}` : text
}

/**
 * XML 1.0 cannot hold most control characters or lone surrogates; exceljs would write a workbook
 * Excel refuses to open, so they become U+FFFD in XLSX (CSV keeps them).
 */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  )
}
