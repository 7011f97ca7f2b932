/**
 * What "fits a small screen" means, checked in the page: the document is no wider than the
 * viewport, no element sticks out of it unless it sits in a box that scrolls (a TableScroll),
 * and no headline number is clipped by its card. Returns a line per offender, empty if none.
 */
export function offendersAt(): string[] {
  const width = document.documentElement.clientWidth
  const describe = (el: Element) => {
    const r = el.getBoundingClientRect()
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)
    return `${name} spans ${Math.round(r.left)}–${Math.round(r.right)} px: "${text}"`
  }
  /** The nearest ancestor that clips or scrolls sideways and is itself inside the viewport. */
  const insideScrollBox = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX === 'visible') continue
      const r = p.getBoundingClientRect()
      return r.left >= -0.5 && r.right <= width + 0.5
    }
    return false
  }
  const out: string[] = []
  if (document.documentElement.scrollWidth > width) {
    out.push(
      `the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`,
    )
  }
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    if (r.left >= -0.5 && r.right <= width + 0.5) continue
    if (insideScrollBox(el)) continue
    out.push(describe(el))
  }
  for (const value of document.querySelectorAll('.app-headline__value')) {
    if (value.scrollWidth > value.clientWidth + 1) out.push(`clipped number: ${describe(value)}`)
  }
  return out.slice(0, 20)
}
