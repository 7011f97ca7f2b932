/**
 * Layout: the shell every page renders in: skip link, NHS header with search and navigation, the
 * main wrapper (where lazy pages load), and the footer. It also
 *  - moves focus to the main content after an in-app navigation, so screen readers start at the page;
 *  - opens every `.app-print-open` <details> (data tables) while printing, and restores them after;
 *  - prints a line with the page address and date, so a printed board pack says where it came from.
 */
import { Component, Suspense, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react'
import { Outlet, useLocation } from 'react-router'
import { ErrorMessage } from './error-message'
import { Loading } from './loading'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

export function Layout() {
  const { pathname } = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    mainRef.current?.focus({ preventScroll: true })
    window.scrollTo(0, 0)
  }, [pathname])

  usePrintOpenDetails()

  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <SiteHeader pathname={pathname} />
      <div className="nhsuk-width-container">
        <PrintStamp />
        <main className="nhsuk-main-wrapper app-main" id="maincontent" tabIndex={-1} ref={mainRef}>
          <PageErrorBoundary key={pathname}>
            <Suspense fallback={<Loading what="page" />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </main>
      </div>
      <SiteFooter />
    </>
  )
}

function PrintStamp() {
  const { pathname, search } = useLocation()
  const today = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  return (
    <p className="app-print-only nhsuk-body-s">
      Coverage 2030 · printed {today} from {window.location.origin}
      {pathname}
      {search}
    </p>
  )
}

function usePrintOpenDetails() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = []
    const before = () => {
      opened = [
        ...document.querySelectorAll<HTMLDetailsElement>('details.app-print-open:not([open])'),
      ]
      for (const details of opened) details.open = true
    }
    const after = () => {
      for (const details of opened) details.open = false
      opened = []
    }
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
}

/** Catches render errors and failed page downloads (e.g. after a deploy) in one page. */
class PageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorMessage
          title="This page could not be shown"
          message="Something went wrong while showing this page. Reload the page to try again."
          onRetry={() => window.location.reload()}
          focus
        />
      )
    }
    return this.props.children
  }
}
