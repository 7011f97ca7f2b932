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

/**
 * A text node as SVG <text>, one per line as the browser wrapped it: each word's box says which
 * line it is on, so a key or note that wraps on screen wraps the same in the image.
 */
function copyText(node: Text, origin: DOMRect): string {
  const parent = node.parentElement
  const content = node.textContent ?? ''
  if (!parent || !content.trim()) return ''
  const style = getComputedStyle(parent)
  const range = document.createRange()
  const lines: { left: number; top: number; height: number; words: string[] }[] = []
  for (const match of content.matchAll(/\S+/g)) {
    range.setStart(node, match.index)
    range.setEnd(node, match.index + match[0].length)
    const box = range.getBoundingClientRect()
    if (box.width === 0) continue
    const line = lines.at(-1)
    if (line && Math.abs(box.top - line.top) < box.height / 2) line.words.push(match[0])
    else lines.push({ left: box.left, top: box.top, height: box.height, words: [match[0]] })
  }
  return lines
    .map(
      (line) =>
        `<text x="${line.left - origin.left}" y="${line.top - origin.top + line.height / 2}" dominant-baseline="central" font-size="${style.fontSize}" font-weight="${style.fontWeight}" fill="${style.color}">${xml(line.words.join(' '))}</text>`,
    )
    .join('')
}

/** The hatching of areas shown for context (the map's key), as an SVG pattern. */
const HATCH_ID = 'capture-hatch'
const HATCH = `<defs><pattern id="${HATCH_ID}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><rect width="2" height="4" fill="#c8cfd3"/></pattern></defs>`

/**
 * Swatches and bars drawn with CSS keep their look: a background colour, a gradient (drawn as
 * the hatching, the only one the charts use) and a border.
 */
function boxRect(style: CSSStyleDeclaration, box: DOMRect, origin: DOMRect) {
  if (box.width === 0) return null
  const colour = /rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor)
    ? null
    : style.backgroundColor
  const hatched = style.backgroundImage.includes('gradient')
  const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none'
  if (!colour && !hatched && !border) return null
  const fill = hatched ? `url(#${HATCH_ID})` : (colour ?? 'none')
  const stroke = border
    ? ` stroke="${style.borderTopColor}" stroke-width="${style.borderTopWidth}"`
    : ''
  return `<rect x="${box.left - origin.left}" y="${box.top - origin.top}" width="${box.width}" height="${box.height}" fill="${fill}"${stroke}/>`
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
      const rect = boxRect(style, box, origin)
      if (rect) parts.push(rect)
      walk(node, origin, parts)
    }
  }
}

export function captureChart(container: HTMLElement) {
  const origin = container.getBoundingClientRect()
  const parts: string[] = []
  walk(container, origin, parts)
  const markup = parts.join('')
  // The hatching's pattern, once, only where something is drawn with it.
  const defs = markup.includes(`url(#${HATCH_ID})`) ? HATCH : ''
  return { markup: defs + markup, width: origin.width, height: origin.height }
}
