/**
 * Tells the user which settings from the link we could not use, so a mistyped or outdated link
 * never changes a scenario silently. Each item links to its field where there is one.
 */
import type { UrlIssue } from '../../lib/scenario-url'

const FIELD_IDS: Record<string, string> = {
  scope: 'scope',
  startFy: 'startFy',
  targetFy: 'targetFy',
  strategy: 'strategy-mixed',
  phasing: 'phasing-even',
  priority: 'priority',
  trend: 'trend-national',
  existingTeams: 'existingTeams-as-funded',
  planningUnit: 'planningUnit-upper-tier',
  budgetCap: 'budgetCap',
  workforceCap: 'workforceCap',
}

function fieldId(field: string): string | null {
  if (FIELD_IDS[field]) return FIELD_IDS[field]
  // The weighting's own box shows only for "Another strength"; the Need group is always there.
  if (field === 'assumptions.deprivationNeedRatio') return 'need-title'
  if (field.startsWith('assumptions.')) return `assumption-${field.slice('assumptions.'.length)}`
  if (field.startsWith('overrides.')) return `option-${field.slice('overrides.'.length)}`
  if (field.startsWith('needs.')) return `need-button-${field.slice('needs.'.length)}`
  return null
}

export function LinkIssues({ issues }: { issues: readonly UrlIssue[] }) {
  if (issues.length === 0) return null
  return (
    <div className="nhsuk-warning-callout" role="region" aria-labelledby="link-issues-title">
      <h2 className="nhsuk-warning-callout__label" id="link-issues-title">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Some settings in this link were not used
        </span>
      </h2>
      <p>The scenario below uses the defaults instead of these:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {issues.map((issue) => {
          const id = fieldId(issue.field)
          return (
            <li key={`${issue.field}:${issue.message}`}>
              {id ? <a href={`#${id}`}>{issue.message}</a> : issue.message}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
