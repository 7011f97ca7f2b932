/**
 * PageHeading: the page's h1 with an optional caption above it (e.g. the area type), an optional
 * "Print this page" button, which prints the page with its tables and sources, and on long pages
 * a contents list of the page's sections under it.
 */
import type { ReactNode } from 'react'
import { ContentsList } from './contents-list'

interface PageHeadingProps {
  title: string
  caption?: ReactNode
  lead?: ReactNode
  printable?: boolean
  /** A long page: list its sections under the heading (ContentsList). */
  contents?: boolean
}

export function PageHeading({
  title,
  caption,
  lead,
  printable = false,
  contents = false,
}: PageHeadingProps) {
  return (
    <>
      <div className="app-page-heading">
        <div className="app-page-heading__text">
          <h1 className="nhsuk-heading-xl nhsuk-u-margin-bottom-3">
            {caption ? (
              <span className="nhsuk-caption-l">
                {caption}
                <span className="nhsuk-u-visually-hidden"> – </span>
              </span>
            ) : null}
            {title}
          </h1>
          {lead ? <p className="nhsuk-lede-text nhsuk-u-margin-bottom-5">{lead}</p> : null}
        </div>
        {printable ? (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary app-no-print app-print-button"
            onClick={() => window.print()}
          >
            Print this page
          </button>
        ) : null}
      </div>
      {contents ? <ContentsList /> : null}
    </>
  )
}
