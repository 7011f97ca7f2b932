import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/*
 * Passwords are stored as 'scrypt$N=32768,r=8,p=1$<salt>$<hash>' (base64): the parameters travel
 * with each hash, so the cost can be raised later without breaking existing accounts. Lives in
 * db/ because both the server and the `npm run user` command line write accounts.
 */

/** OWASP's scrypt minimum (N=2^17, r=8, p=1) costs ~0.3 s here; 2^15 keeps a login near 80 ms. */
export const DEFAULT_COST = 2 ** 15
const BLOCK_SIZE = 8
const PARALLEL = 1
const KEY_BYTES = 32
const SALT_BYTES = 16

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const N = options.N ?? DEFAULT_COST
  const r = options.r ?? BLOCK_SIZE
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly 2^15·8·128.
  const maxmem = 256 * N * r
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** `cost` is for tests only, which create many accounts; the hash records it. */
export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, { N: cost, r: BLOCK_SIZE, p: PARALLEL })
  return `scrypt$N=${cost},r=${BLOCK_SIZE},p=${PARALLEL}$${salt.toString('base64')}$${key.toString('base64')}`
}

const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored)
  if (!match) return false
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])]
  // Refuse parameters that could tie up the thread pool (a tampered or corrupt row).
  if (N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) {
    return false
  }
  const expected = Buffer.from(match[5]!, 'base64')
  if (expected.length !== KEY_BYTES) return false
  const actual = await derive(password, Buffer.from(match[4]!, 'base64'), { N, r, p })
  return timingSafeEqual(actual, expected)
}

/**
 * A hash of a random password: verifying against it when an email is unknown makes a failed
 * sign-in take as long as a wrong password, so the timing does not reveal who has an account.
 */
let dummy: Promise<string> | null = null
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'))
  return dummy
}

// No 0/O, 1/l/I: one-time passwords are read off a screen and typed.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** 4 groups of 5 from 56 symbols: about 116 bits, e.g. 'k7Qm2-…'. */
export function oneTimePassword(): string {
  const groups: string[] = []
  for (let g = 0; g < 4; g++) {
    let group = ''
    for (let i = 0; i < 5; i++) group += ALPHABET[randomInt(ALPHABET.length)]
    groups.push(group)
  }
  return groups.join('-')
}
