/**
 * /admin/audit: who changed what and when, newest first, for admins (the administrators'
 * organisation sees every organisation; other admins their own). "Load more" fetches the next
 * page of older entries.
 */
import { useInfiniteQuery } from '@tanstack/react-query'
import type { AuditEntry } from '../../shared/domain/saved-scenario'
import { DataTable } from '../components/data-table'
import { ErrorMessage } from '../components/error-message'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { SignInPrompt } from '../components/sign-in-prompt'
import { formatDate, formatTime, MISSING } from '../lib/format'
import { useDocumentTitle } from '../lib/use-document-title'
import { useSession } from '../lib/use-session'
import { trpc, trpcClient } from '../trpc'

const PAGE_SIZE = 50

export default function AuditPage() {
  useDocumentTitle('Audit log')
  const { user, loading } = useSession()
  const heading = (
    <PageHeading
      caption="Administration"
      title="Audit log"
      lead="Every sign-in and every change to accounts and saved scenarios, newest first."
    />
  )
  if (loading) return <Loading what="your account" />
  if (!user) {
    return (
      <>
        {heading}
        <SignInPrompt what="the audit log" />
      </>
    )
  }
  if (user.role !== 'admin') {
    return (
      <>
        {heading}
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Only admins can see the audit log.</p>
        </div>
      </>
    )
  }
  return (
    <>
      {heading}
      <AuditTable />
    </>
  )
}

function AuditTable() {
  const query = useInfiniteQuery({
    queryKey: [...trpc.audit.list.pathKey(), 'pages'],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      trpcClient.audit.list.query({
        limit: PAGE_SIZE,
        ...(pageParam ? { beforeId: pageParam } : {}),
      }),
    getNextPageParam: (last: AuditEntry[]) =>
      last.length < PAGE_SIZE ? undefined : last[last.length - 1]?.id,
    staleTime: 0,
  })
  if (query.isError) {
    return (
      <ErrorMessage
        title="The audit log could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    )
  }
  if (!query.data) return <Loading what="audit log" />
  const rows = query.data.pages.flat()
  return (
    <>
      <DataTable
        caption={`${rows.length} most recent entries`}
        rows={rows}
        rowKey={(e) => String(e.id)}
        compact
        columns={[
          {
            key: 'at',
            header: 'When',
            rowHeader: true,
            cell: (e) => (
              <>
                <span className="app-nowrap">{formatDate(e.at)}</span>
                <span className="app-cell-note">{formatTime(e.at)}</span>
              </>
            ),
          },
          {
            key: 'who',
            header: 'Who',
            cell: (e) => (
              <>
                {e.userName ?? 'Command line'}
                {e.userEmail ? <span className="app-cell-note">{e.userEmail}</span> : null}
              </>
            ),
          },
          { key: 'org', header: 'Organisation', cell: (e) => e.organisationName ?? MISSING },
          { key: 'action', header: 'Action', cell: (e) => <code>{e.action}</code> },
          {
            key: 'what',
            header: 'What',
            cell: (e) => (
              <>
                {e.entity} {e.entityId}
                {e.fromVersion !== null || e.toVersion !== null ? (
                  <span className="app-cell-note">
                    {e.fromVersion === null
                      ? `Version ${e.toVersion}`
                      : `Version ${e.fromVersion} → ${e.toVersion ?? MISSING}`}
                  </span>
                ) : null}
              </>
            ),
          },
          { key: 'detail', header: 'Detail', cell: (e) => e.detail || MISSING },
        ]}
      />
      {query.hasNextPage ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      ) : (
        <p className="nhsuk-body-s">That is the start of the log.</p>
      )}
    </>
  )
}
