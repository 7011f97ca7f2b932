/**
 * The one QueryClient and tRPC client of the app, as module singletons (tRPC v11, TanStack React
 * Query integration, "set up without React context"). Use them as:
 *
 *   const { data } = useQuery(trpc.area.summary.queryOptions({ code }))
 *
 * Only the AppRouter *type* comes from the server, so no server code reaches the browser bundle.
 * Model reference data (areas, teams, assumptions, sources) only changes when the server reloads
 * its data, so it stays fresh for REFERENCE_STALE_TIME; scenario runs override this where needed.
 */
import { QueryClient } from '@tanstack/react-query'
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client'
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query'
import type { AppRouter } from '../server/routers/_app'

/** Reference data is treated as fresh for five minutes. */
export const REFERENCE_STALE_TIME = 5 * 60 * 1000

/** The server refuses batches of more than 20 calls. */
const MAX_BATCH = 20

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx (bad input, unknown area) will not get better by asking again.
  const status =
    error instanceof TRPCClientError
      ? (error.data as { httpStatus?: number } | undefined)?.httpStatus
      : undefined
  if (status !== undefined && status >= 400 && status < 500) return false
  return failureCount < 1
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: REFERENCE_STALE_TIME,
      gcTime: 30 * 60 * 1000,
      retry: shouldRetry,
      refetchOnWindowFocus: false,
    },
  },
})

/**
 * Scenario runs skip the batch link: batching waits for the end of the current task, which in the
 * builder is React re-rendering the form, so the run would leave ~20 ms after the keystroke.
 */
const UNBATCHED = new Set(['scenario.run'])

/**
 * A query whose input is longer than this goes by POST: addresses stop working somewhere past
 * 8–16 KB (servers and proxies), and a whole-UK plan's settings are about 34 KB encoded.
 */
const MAX_GET_INPUT_CHARS = 4000

const isLong = (input: unknown) => (JSON.stringify(input) ?? '').length > MAX_GET_INPUT_CHARS

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => op.type === 'query' && isLong(op.input),
      true: httpLink({ url: '/trpc', methodOverride: 'POST' }),
      false: splitLink({
        condition: (op) => UNBATCHED.has(op.path),
        true: httpLink({ url: '/trpc' }),
        false: httpBatchLink({ url: '/trpc', maxItems: MAX_BATCH }),
      }),
    }),
  ],
})

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient })
