/**
 * tRPC over plain HTTP, as the dashboard sends it (no batching, no transformer): queries are GET
 * with ?input=, mutations are JSON POSTs with the session cookie and this site's Origin, which
 * the CSRF guard (server/auth/csrf.ts) requires.
 */

export interface Reply<T> {
  status: number
  data?: T
  /** The error message for a non-2xx answer. */
  message?: string
}

export const queryPath = (procedure: string, input?: unknown) =>
  `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`

export const mutationHeaders = (baseUrl: string, cookie: string | null) => ({
  'content-type': 'application/json',
  origin: baseUrl,
  ...(cookie ? { cookie } : {}),
})

/** Reads the whole body before answering: a write counts as acknowledged only then. */
export async function mutate<T>(
  baseUrl: string,
  procedure: string,
  input: unknown,
  cookie: string | null,
): Promise<Reply<T>> {
  const response = await fetch(`${baseUrl}/trpc/${procedure}`, {
    method: 'POST',
    headers: mutationHeaders(baseUrl, cookie),
    body: JSON.stringify(input),
  })
  return parse<T>(response)
}

export async function query<T>(
  baseUrl: string,
  procedure: string,
  input?: unknown,
  cookie?: string,
): Promise<Reply<T>> {
  const response = await fetch(baseUrl + queryPath(procedure, input), {
    headers: cookie ? { cookie } : {},
  })
  return parse<T>(response)
}

async function parse<T>(response: Response): Promise<Reply<T>> {
  const text = await response.text()
  let body: { result?: { data?: T }; error?: { message?: string } } = {}
  try {
    body = JSON.parse(text) as typeof body
  } catch {
    // not JSON: keep the status only
  }
  return response.ok
    ? { status: response.status, data: body.result?.data }
    : { status: response.status, message: body.error?.message ?? text.slice(0, 200) }
}

/** Signs in and returns the session cookie ('c2030_session=…'). */
export async function signIn(
  baseUrl: string,
  account: { email: string; password: string },
): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: mutationHeaders(baseUrl, null),
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  await response.arrayBuffer()
  const cookie = response.headers.get('set-cookie')?.split(';')[0]
  if (!response.ok || !cookie) {
    throw new Error(`signing in as ${account.email} answered ${response.status}`)
  }
  return cookie
}
