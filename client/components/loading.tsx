/**
 * Loading: a polite status message while data arrive. Shown after a short delay so fast
 * responses do not flash it.
 *
 *   if (query.isPending) return <Loading what="area summary" />
 */
import { useEffect, useState } from 'react'

interface LoadingProps {
  /** What is loading, in words: "Loading area summary…". */
  what?: string
  /** Milliseconds before the message appears. */
  delay?: number
}

export function Loading({ what = 'data', delay = 200 }: LoadingProps) {
  const [visible, setVisible] = useState(delay === 0)
  useEffect(() => {
    if (delay === 0) return
    const timer = setTimeout(() => setVisible(true), delay)
    return () => clearTimeout(timer)
  }, [delay])
  return (
    <div className="app-loading" role="status" aria-live="polite">
      {visible ? (
        <>
          <span className="app-loading__spinner" aria-hidden="true" />
          <span>Loading {what}…</span>
        </>
      ) : null}
    </div>
  )
}
