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
