/**
 * The three states of one query, the same everywhere: its error with a retry, a loading message
 * while there is nothing to show, then the data.
 *
 *   <QueryState query={sources} what="sources" errorTitle="The sources could not be loaded">
 *     {(data) => <SourcesTable sources={data.sources} />}
 *   </QueryState>
 */
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorMessage } from './error-message'
import { Loading } from './loading'

interface QueryStateProps<T> {
  query: UseQueryResult<T, unknown>
  /** For the loading message: 'Loading sources…'. */
  what: string
  errorTitle: string
  /** Move focus to the error (for a page's main content). */
  focusError?: boolean
  children: (data: T) => ReactNode
}

export function QueryState<T>({
  query,
  what,
  errorTitle,
  focusError,
  children,
}: QueryStateProps<T>) {
  if (query.isError) {
    return (
      <ErrorMessage
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        focus={focusError}
      />
    )
  }
  return query.data === undefined ? <Loading what={what} /> : children(query.data)
}
