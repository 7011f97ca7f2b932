/**
 * "Download image: PNG SVG" under a chart. The code that draws the image is loaded only when a
 * button is pressed, so it costs the first load nothing. Buttons, not links: the file is made
 * in the browser from the chart on screen. A failure is said in a status message beside them.
 */
import { useState, type RefObject } from 'react'
import type { ImageFormat } from '../lib/chart-image/download-chart-image'

interface ChartImageButtonsProps {
  card: RefObject<HTMLElement | null>
  title: string
  versions?: { model: string; data: string }
}

const FORMATS: ImageFormat[] = ['png', 'svg']

export function ChartImageButtons({ card, title, versions }: ChartImageButtonsProps) {
  const [message, setMessage] = useState('')
  const download = async (format: ImageFormat) => {
    if (!card.current) return
    setMessage('')
    try {
      const { downloadChartImage } = await import('../lib/chart-image/download-chart-image')
      await downloadChartImage({ card: card.current, title, format, versions })
    } catch (error) {
      setMessage(
        `The image could not be made${error instanceof Error ? `: ${error.message}` : '.'}`,
      )
    }
  }
  return (
    <div className="app-chart-image app-no-print">
      <span className="app-chart-image__label" aria-hidden="true">
        Download image:
      </span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="app-link-button app-chart-image__button"
          onClick={() => void download(format)}
        >
          <span className="nhsuk-u-visually-hidden">Download </span>
          {format.toUpperCase()}
          <span className="nhsuk-u-visually-hidden"> image of {title}</span>
        </button>
      ))}
      <span role="status" className="app-chart-image__message">
        {message}
      </span>
    </div>
  )
}
