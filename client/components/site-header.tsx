/**
 * SiteHeader: the NHS header with the service name, the area search and the main navigation
 * (Summary, Scenarios, Least-cost plan, Teams, Sources) and the account menu (sign in, or who is signed in and sign
 * out). The current section is marked with aria-current and in bold. Later pages add their link
 * to NAV_ITEMS.
 */
import { Link, NavLink } from 'react-router'
import { SERVICE_NAME } from '../lib/use-document-title'
import { AreaSearch } from './area-search'
import { UserMenu } from './user-menu'

export const NAV_ITEMS: {
  to: string
  label: string
  end?: boolean
  match?: (path: string) => boolean
}[] = [
  { to: '/', label: 'Summary', match: (path) => path === '/' || path.startsWith('/area/') },
  {
    to: '/scenarios',
    label: 'Scenarios',
    match: (path) => path.startsWith('/scenarios') || path.startsWith('/compare'),
  },
  { to: '/plan', label: 'Least-cost plan' },
  { to: '/teams', label: 'Teams' },
  { to: '/sources', label: 'Sources and assumptions' },
]

export function SiteHeader({ pathname }: { pathname: string }) {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label={`${SERVICE_NAME} home`}>
            <svg
              className="nhsuk-header__logo"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 200 80"
              height="40"
              width="100"
              focusable="false"
              role="img"
              aria-label="NHS"
            >
              <title>NHS</title>
              <path
                fill="currentcolor"
                d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
              />
            </svg>
          </Link>
          <Link className="nhsuk-header__service-name app-service-name" to="/">
            {SERVICE_NAME}
          </Link>
        </div>
        <AreaSearch />
        <UserMenu />
      </div>
      <nav className="nhsuk-header__navigation app-no-print" aria-label="Menu">
        <div className="nhsuk-header__navigation-container nhsuk-width-container">
          <ul className="nhsuk-header__navigation-list">
            {NAV_ITEMS.map((item) => {
              const current = item.match ? item.match(pathname) : pathname.startsWith(item.to)
              return (
                <li
                  key={item.to}
                  className={`nhsuk-header__navigation-item${current ? ' nhsuk-header__navigation-item--current' : ''}`}
                >
                  <NavLink
                    className="nhsuk-header__navigation-link"
                    to={item.to}
                    aria-current={current ? 'page' : undefined}
                  >
                    {current ? (
                      <strong className="nhsuk-header__navigation-item-current-fallback">
                        {item.label}
                      </strong>
                    ) : (
                      item.label
                    )}
                  </NavLink>
                </li>
              )
            })}
          </ul>
        </div>
      </nav>
    </header>
  )
}
