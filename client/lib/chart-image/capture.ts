/**
 * The chart exactly as drawn on screen, as SVG markup: each of its SVG drawings (recharts
 * renders SVG) copied where it sits, with the computed colours and fonts written onto every
 * element (a standalone file has no stylesheet), and the HTML text around them (keys, the
 * titles of small multiples) drawn as SVG text at its place. Hidden parts (a tooltip) are left
 * out. Needs a browser with layout; it runs only when someone asks for an image.
 */

/** Properties a stylesheet or inheritance can set that change how an SVG element looks. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const

const xml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)

function hidden(el: Element): boolean {
  const style = getComputedStyle(el)
  return style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0'
}

function copySvg(svg: SVGSVGElement, origin: DOMRect): string {
  const box = svg.getBoundingClientRect()
  const copy = svg.cloneNode(true) as SVGSVGElement
  const from = [svg, ...svg.querySelectorAll('*')]
  const to = [copy, ...copy.querySelectorAll('*')]
  from.forEach((el, i) => {
    const target = to[i]!
    if (i > 0 && hidden(el)) {
      target.setAttribute('display', 'none')
      return
    }
    const style = getComputedStyle(el)
    const paint = PAINT.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')
    target.setAttribute('style', paint)
    target.removeAttribute('class')
  })
  copy.removeAttribute('aria-hidden')
  copy.setAttribute('x', String(box.left - origin.left))
  copy.setAttribute('y', String(box.top - origin.top))
  copy.setAttribute('width', String(box.width))
  copy.setAttribute('height', String(box.height))
  return new XMLSerializer().serializeToString(copy)
}

function copyText(node: Text, origin: DOMRect): string {
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
  const parent = node.parentElement
  if (!text || !parent) return ''
  const range = document.createRange()
  range.selectNodeContents(node)
  const box = range.getBoundingClientRect()
  if (box.width === 0) return ''
  const style = getComputedStyle(parent)
  return `<text x="${box.left - origin.left}" y="${box.top - origin.top + box.height / 2}" dominant-baseline="central" font-size="${style.fontSize}" font-weight="${style.fontWeight}" fill="${style.color}">${xml(text)}</text>`
}

function walk(el: Element, origin: DOMRect, parts: string[]) {
  for (const node of el.childNodes) {
    if (node instanceof Text) {
      parts.push(copyText(node, origin))
    } else if (node instanceof SVGSVGElement) {
      if (!hidden(node)) parts.push(copySvg(node, origin))
    } else if (node instanceof HTMLElement && !hidden(node)) {
      const style = getComputedStyle(node)
      const box = node.getBoundingClientRect()
      // Swatches and bars drawn with CSS backgrounds keep their colour.
      if (!/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor) && box.width > 0) {
        parts.push(
          `<rect x="${box.left - origin.left}" y="${box.top - origin.top}" width="${box.width}" height="${box.height}" fill="${style.backgroundColor}"/>`,
        )
      }
      walk(node, origin, parts)
    }
  }
}

export function captureChart(container: HTMLElement) {
  const origin = container.getBoundingClientRect()
  const parts: string[] = []
  walk(container, origin, parts)
  return { markup: parts.join(''), width: origin.width, height: origin.height }
}
