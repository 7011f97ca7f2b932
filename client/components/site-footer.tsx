/**
 * SiteFooter: links, the Open Government Licence attribution for ONS and OS data, and the data and
 * model versions the figures on screen were computed from (from sources.list).
 */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ONS_ATTRIBUTION } from '../../shared/domain/provenance'
import { trpc } from '../trpc'

export function SiteFooter() {
  const sources = useQuery(trpc.sources.list.queryOptions())
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list app-no-print">
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to="/">
                Summary
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to="/teams">
                Teams register
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to="/sources">
                Sources, assumptions and how the model works
              </Link>
            </li>
          </ul>
          <p className="nhsuk-body-s app-footer__attribution">{ONS_ATTRIBUTION}</p>
          <p className="nhsuk-body-s app-footer__versions">
            {sources.data
              ? `Data version ${sources.data.dataVersion} · model version ${sources.data.modelVersion}`
              : sources.isError
                ? 'Data and model versions could not be loaded.'
                : 'Loading data and model versions…'}
          </p>
        </div>
      </div>
    </footer>
  )
}
