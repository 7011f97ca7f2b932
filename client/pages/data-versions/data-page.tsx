/**
 * /data: the data versions behind every figure, and (for administrators of a national body) the
 * import of new population estimates. Everyone can see which version is current and where each
 * came from; switching versions and importing change the figures for every organisation.
 */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { QueryState } from '../../components/query-state'
import { PageHeading } from '../../components/page-heading'
import { canImportData } from '../../lib/data-import'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useSession } from '../../lib/use-session'
import { trpc } from '../../trpc'
import { ImportForm } from './import-form'
import { VersionsTable } from './versions-table'

export default function DataPage() {
  useDocumentTitle('Data versions and imports')
  const { user, loading } = useSession()
  const versions = useQuery(trpc.data.versions.queryOptions())
  const admin = canImportData(user)

  return (
    <>
      <PageHeading
        caption="Data"
        title="Data versions and imports"
        lead="The population figures behind every page. New estimates become a new version; earlier versions are kept and can be made current again."
      />
      <section className="app-section" aria-labelledby="versions-title">
        <h2 className="nhsuk-heading-l" id="versions-title">
          Data versions
        </h2>
        <QueryState
          query={versions}
          what="data versions"
          errorTitle="The data versions could not be loaded"
        >
          {(data) => <VersionsTable versions={data} canSwitch={admin} />}
        </QueryState>
        <p>
          Approved scenarios keep the data version they were approved on. See{' '}
          <Link to="/sources">sources and assumptions</Link> for where the figures come from.
        </p>
      </section>
      {loading ? null : admin ? (
        <ImportForm />
      ) : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Only administrators of a national body can import new figures or change the current data
            version, because every organisation uses the same data.
          </p>
        </div>
      )}
    </>
  )
}
