/**
 * ContentsList: the NHS "contents list" of a long page's sections, so a reader on a phone can
 * jump to one instead of scrolling 10,000 px. It lists the page's visible second-level headings
 * that have an id, read from the page itself once it has drawn and again whenever sections
 * come or go (data arriving, a lazy panel loading), so a section added to a page later appears
 * here without anyone updating a list. Not printed: on paper the links lead nowhere.
 *
 *   <PageHeading … /><ContentsList />
 */
import { useEffect, useRef, useState } from 'react'

interface Entry {
  id: string
  text: string
}

const same = (a: readonly Entry[], b: readonly Entry[]) =>
  a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.text === b[i]?.text)

export function ContentsList({ label = 'Contents' }: { label?: string }) {
  const ref = useRef<HTMLElement>(null)
  const [entries, setEntries] = useState<Entry[]>([])

  useEffect(() => {
    const nav = ref.current
    const page = nav?.closest('main') ?? document.body
    let frame = 0
    const read = () => {
      frame = 0
      const next = [...page.querySelectorAll<HTMLHeadingElement>('h2[id]')]
        .filter(
          (h) =>
            !nav?.contains(h) &&
            !h.classList.contains('nhsuk-u-visually-hidden') &&
            // Headings inside a closed <details> or a hidden panel have no boxes.
            h.getClientRects().length > 0,
        )
        .map((h) => ({ id: h.id, text: (h.textContent ?? '').replace(/\s+/g, ' ').trim() }))
        .filter((e) => e.text !== '')
      setEntries((current) => (same(current, next) ? current : next))
    }
    read()
    // One read per frame however many nodes change, so typing in the builder costs nothing.
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(read)
    })
    observer.observe(page, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [])

  return (
    <nav
      ref={ref}
      className="nhsuk-contents-list app-contents-list app-no-print"
      aria-label={label}
      hidden={entries.length < 2}
    >
      <h2 className="nhsuk-u-visually-hidden">{label}</h2>
      <ol className="nhsuk-contents-list__list">
        {entries.map((entry) => (
          <li className="nhsuk-contents-list__item" key={entry.id}>
            <a className="nhsuk-contents-list__link" href={`#${entry.id}`}>
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
