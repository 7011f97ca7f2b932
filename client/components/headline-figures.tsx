/**
 * HeadlineFigures: the few numbers a board member reads first, large, each with a label, an
 * optional line of context and an optional MarkBadge saying how sure the figure is.
 *
 *   <HeadlineFigures figures={[{ label: 'Babies under two', value: '1,384,780', detail: 'UK, mid-2022', mark: 'S' }]} />
 */
import type { ReactNode } from 'react'
import type { Mark } from '../../shared/domain/provenance'
import { MarkBadge } from './mark-badge'

export interface HeadlineFigure {
  label: string
  value: string
  detail?: ReactNode
  mark?: Mark
  /** Where the figure comes from, for the badge's tooltip. */
  source?: string
}

interface HeadlineFiguresProps {
  figures: HeadlineFigure[]
  /** Accessible name of the group, e.g. 'Headline figures for Wales'. */
  label?: string
}

export function HeadlineFigures({ figures, label = 'Headline figures' }: HeadlineFiguresProps) {
  return (
    <dl
      className={`app-headlines app-headlines--${figures.length % 4 === 0 ? 4 : 3}`}
      aria-label={label}
    >
      {figures.map((figure) => (
        <div className="app-headline" key={figure.label}>
          <dt className="app-headline__label">{figure.label}</dt>
          <dd className="app-headline__value">{figure.value}</dd>
          {figure.detail || figure.mark ? (
            <dd className="app-headline__detail">
              {figure.detail}
              {figure.mark ? (
                <>
                  {' '}
                  <MarkBadge mark={figure.mark} source={figure.source} />
                </>
              ) : null}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}
