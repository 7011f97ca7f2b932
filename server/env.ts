import { z } from 'zod'
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../db/database-url'
import { DEFAULT_POOL_SIZE } from '../db/open-postgres'

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address to bind; unset listens on every interface (IPv4 and IPv6). */
  HOST: z.string().min(1).optional(),
  /**
   * `postgres://…` for a shared PostgreSQL database; otherwise a SQLite file path, optionally
   * prefixed 'file:' or 'sqlite:' (':memory:' for a throwaway database). See db/database-url.ts.
   */
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .superRefine((url, ctx) => {
      try {
        parseDatabaseUrl(url)
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message })
      }
    }),
  /** PostgreSQL only: connections this process keeps open; at least 2 (see the README). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(DEFAULT_POOL_SIZE),
  /** Other origins allowed to send changes, comma separated: 'https://a.example,https://b.example'. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin like https://host[:port]'))),
  /** 'true' marks the session cookie Secure even when TLS ends at a proxy in front of the app. */
  COOKIE_SECURE: z
    .enum(['true', 'false', ''])
    .default('')
    .transform((v) => v === 'true'),
  /** Memory for cached public query answers (server/result-cache.ts), in MiB; 0 turns the cache off. */
  RESULT_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** First start only: the admin's password, instead of a printed one-time password (tests, CI). */
  ADMIN_INITIAL_PASSWORD: z
    .string()
    .min(12, 'at least 12 characters')
    .max(128)
    .optional()
    .or(z.literal('').transform(() => undefined)),
})

export type Env = z.infer<typeof envSchema>

/** Reads the environment once at start-up; a bad value stops the server with a message naming it. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  return result.data
}
