/**
 * Breadcrumbs: the path from the UK down to the parent of the current area (UK → nation → health
 * body → …), as NHS breadcrumbs. The UK links to the summary page, other areas to /area/:code.
 * A back link to the parent shows on small screens, as in the NHS pattern.
 */
import { Link } from 'react-router'
import type { AreaRef } from '../../shared/domain/geography'

export function areaPath(area: Pick<AreaRef, 'code' | 'level'>): string {
  return area.level === 'uk' ? '/' : `/area/${area.code}`
}

export function Breadcrumbs({ trail }: { trail: AreaRef[] }) {
  const parent = trail[trail.length - 1]
  if (!parent) return null
  return (
    <nav className="nhsuk-breadcrumb app-no-print" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {trail.map((area) => (
          <li className="nhsuk-breadcrumb__list-item" key={area.code}>
            <Link className="nhsuk-breadcrumb__link" to={areaPath(area)}>
              {area.level === 'uk' ? 'United Kingdom' : area.name}
            </Link>
          </li>
        ))}
      </ol>
      <Link className="nhsuk-back-link" to={areaPath(parent)}>
        <span className="nhsuk-u-visually-hidden">Back to </span>
        {parent.level === 'uk' ? 'United Kingdom' : parent.name}
      </Link>
    </nav>
  )
}
