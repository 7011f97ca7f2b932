/**
 * "Download image" of a ChartCard (or any section marked up the same way), loaded only when someone asks for one (keeps it out of the
 * first load): the chart as on screen with its title, units, text summary, source, licence,
 * the date and page, and the model and data versions; as SVG, or as PNG rasterised from that
 * same SVG on a canvas at twice the size for sharp slides.
 */
import { queryClient, trpc } from '../../trpc'
import { captureChart } from './capture'
import { composeChartImage, FONT_FAMILY, type ImageText, type Measure } from './compose'

export type ImageFormat = 'png' | 'svg'

export const LICENCE_LINE =
  'Contains public sector information licensed under the Open Government Licence v3.0. ' +
  "Model assumptions are Coverage 2030's own, each marked on /sources as stated [S], derived [I], assumed [A] or uncertain [U]."

const DEFAULT_SOURCE =
  'Coverage 2030 model, from ONS, NRS and NISRA population estimates, births and the register of teams'

export interface ChartImageRequest {
  card: HTMLElement
  title: string
  format: ImageFormat
  /** The versions the figures were computed with; the current ones when not given. */
  versions?: { model: string; data: string }
  now?: Date
}

/** The parts of a card an image is made from, marked data-image="chart|units|summary|source". */
type ImagePart = 'chart' | 'units' | 'summary' | 'source'
const part = (card: HTMLElement, name: ImagePart) =>
  card.querySelector<HTMLElement>(`[data-image="${name}"]`)

const textOf = (card: HTMLElement, name: ImagePart) => {
  const el = part(card, name)
  // innerText, not textContent: paragraphs of a summary stay apart ('…2019. Scotland …').
  return el ? el.innerText.replace(/\s+/g, ' ').trim() : null
}

async function currentVersions(): Promise<{ model: string; data: string } | null> {
  try {
    const sources = await queryClient.fetchQuery(trpc.sources.list.queryOptions())
    return { model: sources.modelVersion, data: sources.dataVersion }
  } catch {
    return null
  }
}

/** Text widths as the browser's canvas draws them in the image's font. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d')
  return (text, style) => {
    if (!context) return text.length * style.size * 0.55
    context.font = `${style.weight} ${style.size}px ${FONT_FAMILY}`
    return context.measureText(text).width
  }
}

export async function chartImageSvg(request: ChartImageRequest) {
  const { card, title } = request
  const chart = part(card, 'chart')
  if (!chart) throw new Error('This card has no chart to draw.')
  const now = request.now ?? new Date()
  const versions = request.versions ?? (await currentVersions())
  const date = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
  const text: ImageText = {
    title,
    units: textOf(card, 'units'),
    summary: textOf(card, 'summary') ?? '',
    source: (textOf(card, 'source') ?? '').replace(/^Source:\s*/, '') || DEFAULT_SOURCE,
    licence: LICENCE_LINE,
    stamp: [
      `Coverage 2030 · downloaded ${date} from ${window.location.href}`,
      versions ? `model version ${versions.model} · data version ${versions.data}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  }
  return composeChartImage(text, captureChart(chart), canvasMeasure())
}

async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image()
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve()
    image.onerror = () => reject(new Error('The chart could not be drawn as a picture.'))
    // A data: address, not a blob: one: the page's Content-Security-Policy allows images only
    // from the site itself and data:.
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  })
  const scale = 2
  const canvas = document.createElement('canvas')
  canvas.width = width * scale
  canvas.height = height * scale
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw pictures.')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, width, height)
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
      'image/png',
    ),
  )
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the URL by now; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** 'coverage2030-coverage-path-2026-12-03.svg' */
export function imageFileName(title: string, format: ImageFormat, now: Date): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return `coverage2030-${slug || 'chart'}-${now.toISOString().slice(0, 10)}.${format}`
}

export async function downloadChartImage(request: ChartImageRequest): Promise<void> {
  const now = request.now ?? new Date()
  const image = await chartImageSvg({ ...request, now })
  const blob =
    request.format === 'svg'
      ? new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${image.svg}`], {
          type: 'image/svg+xml',
        })
      : await svgToPng(image.svg, image.width, image.height)
  save(blob, imageFileName(request.title, request.format, now))
}
