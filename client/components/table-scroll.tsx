/**
 * TableScroll: the box every table sits in, so a table wider than the screen scrolls sideways
 * inside it instead of making the whole page scroll (WCAG 1.4.10 reflow at 320 px). As the NHS
 * design system's scrolling table does, the box is a region named by the table's caption, and
 * takes tabIndex=0 only while the table does not fit, so keyboard users can scroll it (axe's
 * scrollable-region-focusable rule) and a table that fits adds no tab stop.
 *
 *   <TableScroll labelledBy={captionId}><table>…<caption id={captionId}>…</table></TableScroll>
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

interface TableScrollProps {
  /** The id of the table's caption, which names the region. */
  labelledBy: string
  /** Also limit the height on screen, keeping the header in view (print shows all rows). */
  tall?: boolean
  children: ReactNode
}

export function TableScroll({ labelledBy, tall = false, children }: TableScrollProps) {
  const ref = useRef<HTMLDivElement>(null)
  const scrolls = useScrolls(ref)
  return (
    <div
      ref={ref}
      className={`app-table-scroll${tall ? ' app-table-scroll--tall' : ''}`}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  )
}

/** Whether the box's content is larger than the box, kept up to date as either resizes. */
function useScrolls(ref: React.RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false)
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    const check = () =>
      setScrolls(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1)
    check()
    // jsdom (unit tests) has no ResizeObserver; there is no layout to follow there either.
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(check)
    observer.observe(box)
    if (box.firstElementChild) observer.observe(box.firstElementChild)
    return () => observer.disconnect()
  }, [ref])
  return scrolls
}
