/**
 * /scenarios: where saved scenarios will be listed. Saving is not built yet, so this page says so
 * plainly and offers the builder for the common areas; a scenario is shared by its link.
 */
import { Link } from 'react-router'
import { PageHeading } from '../components/page-heading'
import { useDocumentTitle } from '../lib/use-document-title'
import { MAIN_SCOPES } from './scenario-builder/main-scopes'

export default function ScenariosPage() {
  useDocumentTitle('Scenarios')
  return (
    <>
      <PageHeading
        title="Scenarios"
        lead="Model how an area could reach every family that needs a parent-infant relationship team by 2030: strategy, phasing, budget and workforce limits, and every assumption."
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <Link className="nhsuk-button" to="/scenarios/new" role="button" draggable={false}>
            Build a new scenario
          </Link>
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Scenarios are not saved on the server yet. Every setting is kept in the page address,
              so to keep or share a scenario, use <strong>Copy link</strong> in the builder and save
              or send the link.
            </p>
          </div>
          <h2 className="nhsuk-heading-m">Start from an area</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {MAIN_SCOPES.map((scope) => (
              <li key={scope.code}>
                <Link to={`/scenarios/new?scope=${scope.code}`}>Scenario for {scope.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </>
  )
}
