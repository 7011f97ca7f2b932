/**
 * The data versions, newest first: label (and which is current), source, publication date, when
 * it was added and, for an import, the file it came from. National admins get "Make current" on
 * the others, which switches every page (and the exports) to that version's figures.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { inferRouterOutputs } from '@trpc/server'
import type { AppRouter } from '../../../server/routers/_app'
import { DataTable } from '../../components/data-table'
import { ErrorMessage } from '../../components/error-message'
import { formatDate, formatDateTime, formatNumber, listText } from '../../lib/format'
import { trpcClient } from '../../trpc'

export type DataVersion = inferRouterOutputs<AppRouter>['data']['versions'][number]

const SHAPES: Record<string, string> = {
  long: 'one row per area, year and age',
  wide: 'one row per area and year',
  mye2: 'ONS MYE2 layout',
}

const plural = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`

function ImportDetails({ version }: { version: DataVersion }) {
  const found = version.import
  if (!found) return <>Built in (the embedded default)</>
  return (
    <>
      {found.fileName} ({SHAPES[found.shape] ?? found.shape}): {plural(found.recordCount, 'row')},{' '}
      {plural(found.cellCount, 'authority-year figure')} for mid-
      {listText(found.midYears.map(String))}
    </>
  )
}

export function VersionsTable({
  versions,
  canSwitch,
}: {
  versions: readonly DataVersion[]
  canSwitch: boolean
}) {
  const queryClient = useQueryClient()
  const switchTo = useMutation({
    mutationFn: (id: string) => trpcClient.data.setCurrent.mutate({ id }),
    // Every figure on every page may change: drop all cached answers, not just this list.
    onSuccess: () => queryClient.invalidateQueries(),
  })
  const rows = [...versions].reverse()
  return (
    <>
      {switchTo.isError ? (
        <ErrorMessage title="The data version was not changed" error={switchTo.error} focus />
      ) : null}
      <DataTable
        caption="Data versions, newest first"
        rows={rows}
        rowKey={(v) => v.id}
        columns={[
          {
            key: 'label',
            header: 'Version',
            rowHeader: true,
            cell: (v) => (
              <>
                {v.label}
                {v.current ? (
                  <>
                    {' '}
                    <strong className="nhsuk-tag nhsuk-tag--green">Current</strong>
                  </>
                ) : null}
              </>
            ),
          },
          { key: 'source', header: 'Source', cell: (v) => v.source },
          { key: 'date', header: 'Published', cell: (v) => (v.date ? formatDate(v.date) : '–') },
          { key: 'added', header: 'Added', cell: (v) => formatDateTime(v.createdAt) },
          { key: 'import', header: 'From', cell: (v) => <ImportDetails version={v} /> },
          ...(canSwitch
            ? [
                {
                  key: 'action',
                  header: <span className="nhsuk-u-visually-hidden">Action</span>,
                  cell: (v: DataVersion) =>
                    v.current ? null : (
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                        disabled={switchTo.isPending}
                        onClick={() => switchTo.mutate(v.id)}
                      >
                        Make current
                        <span className="nhsuk-u-visually-hidden">: {v.label}</span>
                      </button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  )
}
