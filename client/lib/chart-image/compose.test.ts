import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { composeChartImage, escapeXml, wrapText, type Measure, type ImageText } from './compose'

/** Every character 0.6 of the font size wide: close enough to Arial for layout tests. */
const measure: Measure = (text, style) => text.length * style.size * 0.6

const TEXT: ImageText = {
  title: 'Coverage by financial year',
  units: 'Share of need met (%)',
  summary: 'Coverage rises from 12% in 2026/27 to 100% in 2030/31.',
  source: 'ONS mid-year estimates; Coverage 2030 model',
  licence: 'Open Government Licence v3.0',
  stamp: 'Coverage 2030 · downloaded 3 December 2026 · model version 2.0.0 · data version seed',
}
const CHART = { markup: '<rect width="600" height="300"/>', width: 600, height: 300 }

describe('wrapText', () => {
  const style = { size: 10, weight: 400, colour: '#000' } as const

  it('breaks between words so no line is wider than the width', () => {
    expect(wrapText('one two three four', 48, style, measure)).toEqual(['one two', 'three', 'four'])
  })

  it('gives a word longer than a line a line of its own', () => {
    expect(wrapText('a supercalifragilistic b', 30, style, measure)).toEqual([
      'a',
      'supercalifragilistic',
      'b',
    ])
  })

  it('keeps every word, in order, and only overflows for a word too long alone (500 runs)', () => {
    const word = fc.stringMatching(/^[a-z0-9£%]{1,14}$/)
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.integer({ min: 20, max: 400 }),
        (words, width) => {
          const lines = wrapText(words.join('  \n '), width, style, measure)
          expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words)
          for (const line of lines) {
            if (line.includes(' ')) expect(measure(line, style)).toBeLessThanOrEqual(width)
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('composeChartImage', () => {
  it('puts the title, units, chart, summary, source, licence and stamp in reading order', () => {
    const { svg } = composeChartImage(TEXT, CHART, measure)
    // What is drawn comes after <title> and <desc>; long lines wrap, so look for how each starts.
    const drawn = svg.slice(svg.indexOf('</desc>'))
    const start = (part: string) => drawn.indexOf(escapeXml(part.split(' ').slice(0, 3).join(' ')))
    const order = [
      start(TEXT.title),
      start(TEXT.units!),
      drawn.indexOf(CHART.markup),
      start(TEXT.summary),
      start(`Source: ${TEXT.source}`),
      start(TEXT.licence),
      start(TEXT.stamp),
    ]
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(svg).toContain(`<title id="chart-image-title">${TEXT.title}</title>`)
    expect(svg).toContain(`<desc id="chart-image-desc">${TEXT.summary}</desc>`)
  })

  it('is as wide as the chart plus its margins and tall enough for every line', () => {
    const one = composeChartImage(TEXT, CHART, measure)
    expect(one.width).toBe(632)
    const longer = composeChartImage({ ...TEXT, summary: TEXT.summary.repeat(6) }, CHART, measure)
    expect(longer.width).toBe(632)
    expect(longer.height).toBeGreaterThan(one.height)
    const lastLine = Math.max(
      ...[...longer.svg.matchAll(/<text x="0" y="(\d+)"/g)].map((m) => +m[1]!),
    )
    expect(lastLine).toBeLessThan(longer.height)
  })

  it('escapes text so an area name cannot break the SVG', () => {
    const { svg } = composeChartImage(
      { ...TEXT, title: 'Babies & <script>alert("x")</script>' },
      CHART,
      measure,
    )
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('Babies &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0)
  })

  it('leaves out the units line when the chart has none', () => {
    const { svg } = composeChartImage({ ...TEXT, units: null }, CHART, measure)
    expect(svg).not.toContain(TEXT.units!)
    expect(svg.match(/<g id="chart-heading">(.*?)<\/g>/)![1]!.match(/<text/g)).toHaveLength(1)
  })
})
