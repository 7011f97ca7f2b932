/**
 * /area/:code: any area by its code. A local authority gets the council officer's view; the UK, a
 * nation, a health body or an upper-tier authority gets the board overview. An unknown code gets a
 * clear not-found message.
 */
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { ErrorMessage } from '../components/error-message'
import { Loading } from '../components/loading'
import { isNotFound } from '../lib/errors'
import { useDocumentTitle } from '../lib/use-document-title'
import { trpc } from '../trpc'
import { AreaOverview } from './area/area-overview'
import { LocalAuthorityView } from './area/local-authority-view'

const CODE_PATTERN = /^[A-Z][0-9A-Z]{1,8}$/

export default function AreaPage() {
  const code = (useParams().code ?? '').trim().toUpperCase()
  const valid = CODE_PATTERN.test(code)
  const summary = useQuery({ ...trpc.area.summary.queryOptions({ code }), enabled: valid })
  useDocumentTitle(
    summary.data ? summary.data.area.name : valid && !summary.isError ? 'Area' : 'Area not found',
  )

  if (!valid || (summary.isError && isNotFound(summary.error))) return <AreaNotFound code={code} />
  if (summary.isError) {
    return (
      <ErrorMessage
        title="This area could not be loaded"
        error={summary.error}
        onRetry={() => void summary.refetch()}
        focus
      />
    )
  }
  if (!summary.data) return <Loading what="area" />
  return summary.data.area.level === 'local-authority' ? (
    <LocalAuthorityView summary={summary.data} />
  ) : (
    <AreaOverview summary={summary.data} />
  )
}

function AreaNotFound({ code }: { code: string }) {
  return (
    <>
      <h1 className="nhsuk-heading-xl">Area not found</h1>
      <p>
        No area has the code <strong>{code || '(blank)'}</strong>. Codes look like E06000008 (a
        local authority), E54000048 (an integrated care board) or E92000001 (England).
      </p>
      <p>
        Use the search box at the top of the page to find an area by name, or start from the{' '}
        <Link to="/">UK summary</Link>.
      </p>
    </>
  )
}
