/** /: the board summary for the whole UK (the same overview as any nation or health body). */
import { useQuery } from '@tanstack/react-query'
import { UK_CODE } from '../../shared/domain/geography'
import { ErrorMessage } from '../components/error-message'
import { Loading } from '../components/loading'
import { useDocumentTitle } from '../lib/use-document-title'
import { trpc } from '../trpc'
import { AreaOverview } from './area/area-overview'

export default function SummaryPage() {
  useDocumentTitle('UK summary')
  const summary = useQuery(trpc.area.summary.queryOptions({ code: UK_CODE }))
  if (summary.isError) {
    return (
      <ErrorMessage
        title="The UK summary could not be loaded"
        error={summary.error}
        onRetry={() => void summary.refetch()}
        focus
      />
    )
  }
  if (!summary.data) return <Loading what="UK summary" />
  return <AreaOverview summary={summary.data} />
}
