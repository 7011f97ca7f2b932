/**
 * A chart image as one standalone SVG: a heading (title and units) above the chart as drawn on
 * screen, and a footer under it with the text summary, source, licence and a stamp of date,
 * page and versions, as the Analysis Function asks of a chart that leaves its page. Pure: the
 * text is wrapped with a measuring function passed in (a canvas in the browser, an estimate in
 * tests), so what is written is exactly what is laid out.
 */

export interface ImageText {
  title: string
  units: string | null
  summary: string
  source: string
  licence: string
  /** 'Coverage 2030 · downloaded 3 December 2026 from … · model version … · data version …' */
  stamp: string
}

export interface TextStyle {
  size: number
  weight: 400 | 600
  colour: string
}

/** Width in px of the text in the style, as the font in FONT_FAMILY draws it. */
export type Measure = (text: string, style: TextStyle) => number

export const FONT_FAMILY = "'Frutiger W01', Arial, Helvetica, sans-serif"
const PADDING = 16
const GAP = 12
const TEXT = '#212b32'
const SECONDARY = '#4c6272'

const STYLES = {
  title: { size: 20, weight: 600, colour: TEXT },
  units: { size: 14, weight: 400, colour: SECONDARY },
  summary: { size: 14, weight: 400, colour: TEXT },
  source: { size: 13, weight: 400, colour: TEXT },
  licence: { size: 12, weight: 400, colour: SECONDARY },
  stamp: { size: 12, weight: 400, colour: SECONDARY },
} as const satisfies Record<string, TextStyle>

/** Words onto lines no wider than width; a word longer than a line has a line to itself. */
export function wrapText(text: string, width: number, style: TextStyle, measure: Measure) {
  const lines: string[] = []
  let line = ''
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (line && measure(next, style) > width) {
      lines.push(line)
      line = word
    } else {
      line = next
    }
  }
  if (line) lines.push(line)
  return lines
}

export const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  )

interface Block {
  markup: string
  height: number
}

/** Paragraphs as <text> lines from y = 0, each paragraph GAP/2 below the one before. */
function textBlock(
  id: string,
  paragraphs: { text: string; style: TextStyle }[],
  width: number,
  measure: Measure,
): Block {
  let y = 0
  const lines: string[] = []
  paragraphs.forEach(({ text, style }, i) => {
    if (i > 0) y += GAP / 2
    for (const line of wrapText(text, width, style, measure)) {
      const lineHeight = Math.round(style.size * 1.4)
      lines.push(
        `<text x="0" y="${y + style.size}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.colour}">${escapeXml(line)}</text>`,
      )
      y += lineHeight
    }
  })
  return { markup: `<g id="${id}">${lines.join('')}</g>`, height: y }
}

export interface ComposedImage {
  svg: string
  width: number
  height: number
}

/**
 * The whole image: white background, heading, the chart's own markup (an SVG group sized
 * chartWidth × chartHeight), footer. The SVG names itself with <title> and <desc> (the summary),
 * so a screen reader reading the file hears the same as on the page.
 */
export function composeChartImage(
  text: ImageText,
  chart: { markup: string; width: number; height: number },
  measure: Measure,
): ComposedImage {
  const width = Math.max(320, Math.ceil(chart.width) + 2 * PADDING)
  const inner = width - 2 * PADDING
  const heading = textBlock(
    'chart-heading',
    [
      { text: text.title, style: STYLES.title },
      ...(text.units ? [{ text: text.units, style: STYLES.units }] : []),
    ],
    inner,
    measure,
  )
  const footer = textBlock(
    'chart-footer',
    [
      { text: text.summary, style: STYLES.summary },
      { text: `Source: ${text.source}`, style: STYLES.source },
      { text: text.licence, style: STYLES.licence },
      { text: text.stamp, style: STYLES.stamp },
    ],
    inner,
    measure,
  )
  const chartTop = PADDING + heading.height + GAP
  const footerTop = chartTop + Math.ceil(chart.height) + GAP
  const height = Math.ceil(footerTop + footer.height + PADDING)
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-image-title chart-image-desc" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="chart-image-title">${escapeXml(text.title)}</title>`,
    `<desc id="chart-image-desc">${escapeXml(text.summary)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g transform="translate(${PADDING} ${PADDING})">${heading.markup}</g>`,
    `<g id="chart-drawing" transform="translate(${PADDING} ${chartTop})">${chart.markup}</g>`,
    `<line x1="${PADDING}" x2="${width - PADDING}" y1="${footerTop - GAP / 2}" y2="${footerTop - GAP / 2}" stroke="#d8dde0"/>`,
    `<g transform="translate(${PADDING} ${footerTop})">${footer.markup}</g>`,
    '</svg>',
  ].join('')
  return { svg, width, height }
}
