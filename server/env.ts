import { z } from 'zod'

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address to bind; unset listens on every interface (IPv4 and IPv6). */
  HOST: z.string().min(1).optional(),
  /** A SQLite file path, optionally prefixed 'file:' or 'sqlite:'; ':memory:' for a throwaway database. */
  DATABASE_URL: z
    .string()
    .min(1)
    .default('./data/coverage2030.sqlite')
    .transform((url) => url.replace(/^(sqlite|file):(\/\/)?/, '')),
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
