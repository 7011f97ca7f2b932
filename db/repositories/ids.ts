import { randomBytes } from 'node:crypto'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A short random id of [a-z0-9] (12 characters ≈ 62 bits): unguessable and fine in a URL. */
export function randomId(length = 12): string {
  let id = ''
  while (id.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 252 = 7 × 36: rejecting the top four byte values keeps every character equally likely.
      if (byte < 252 && id.length < length) id += ALPHABET[byte % 36]
    }
  }
  return id
}
