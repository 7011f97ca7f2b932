/**
 * Turns an uploaded file into text, refusing anything that is not UTF-8: a Latin-1 or UTF-16 file
 * read as UTF-8 silently changes names and can shift columns, so it is better to ask for a re-save.
 */

export const MAX_FILE_BYTES = 5 * 1024 * 1024

export type FileTextResult =
  { ok: true; text: string } | { ok: false; line: number | null; message: string }

const RESAVE = 'save it from your spreadsheet as "CSV UTF-8 (comma delimited)" and try again'

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const fileTooLarge = (bytes: number) =>
  `The file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_FILE_BYTES)}.`

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i]
    return b !== undefined && b >= lo && b <= hi
  }
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let size: number
    if (b < 0x80) size = 1
    else if (b >= 0xc2 && b <= 0xdf) size = cont(i + 1) ? 2 : 0
    else if (b === 0xe0) size = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef)
      size = cont(i + 1) && cont(i + 2) ? 3 : 0
    else if (b === 0xed) size = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0
    else if (b === 0xf0) size = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else if (b >= 0xf1 && b <= 0xf3) size = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else if (b === 0xf4) size = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else size = 0
    if (size === 0) return i
    i += size
  }
  return -1
}

function fromBytes(bytes: Uint8Array): FileTextResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      line: null,
      message: fileTooLarge(bytes.length),
    }
  }
  const [b0, b1] = [bytes[0], bytes[1]]
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, line: null, message: `The file is UTF-16, not UTF-8: ${RESAVE}.` }
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    // UTF-16 without a byte-order mark has a zero byte beside nearly every ASCII character.
    const zeros = bytes.reduce((n, b) => n + (b === 0 ? 1 : 0), 0)
    if (zeros * 3 > bytes.length) {
      return { ok: false, line: null, message: `The file looks like UTF-16, not UTF-8: ${RESAVE}.` }
    }
    return {
      ok: false,
      line: lineAt(bytes, nul),
      message: 'The file contains a NUL byte, so it is not a plain-text CSV file.',
    }
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad >= 0) {
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')
    return {
      ok: false,
      line: lineAt(bytes, bad),
      message: `The file is not valid UTF-8 (byte 0x${hex}); it may be Latin-1 or Windows-1252: ${RESAVE}.`,
    }
  }
  return fromText(new TextDecoder('utf-8').decode(bytes))
}

function fromText(text: string): FileTextResult {
  // A string arrives from the browser already decoded; its size in UTF-8 is what the cap means.
  const size = text.length > MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      line: null,
      message: fileTooLarge(size),
    }
  }
  const lineOf = (index: number) => text.slice(0, index).split('\n').length
  const nul = text.indexOf('\0')
  if (nul >= 0) {
    return {
      ok: false,
      line: lineOf(nul),
      message: 'The file contains a NUL character, so it is not a plain-text CSV file.',
    }
  }
  // The browser's decoder turns bytes that are not UTF-8 into U+FFFD instead of failing.
  const replaced = text.indexOf('\uFFFD')
  if (replaced >= 0) {
    return {
      ok: false,
      line: lineOf(replaced),
      message: `The file contains characters that could not be read as UTF-8 (shown as \uFFFD): ${RESAVE}.`,
    }
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
}

/** Bytes are checked as UTF-8; a string is taken as already decoded. A UTF-8 BOM is dropped. */
export function fileText(content: Uint8Array | string): FileTextResult {
  return typeof content === 'string' ? fromText(content) : fromBytes(content)
}
