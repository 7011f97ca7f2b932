/**
 * The calculator's inputs, kept in the area page's address (sat… parameters) so a costed
 * satellite can be printed, bookmarked or sent as a link. Absent or unreadable values fall back to
 * the Blackburn with Darwen example; an unreadable one is reported against its field.
 */
import { BANDS, type Band } from '../../../shared/domain/pay'
import { parseNumber } from '../../lib/parse-number'
import { useQueryParam } from '../../lib/url-state'

export const CALCULATOR_DEFAULTS = {
  therapists: 2,
  band: '6' as Band,
  start: '2024-11',
  end: '2025-03',
  supervisionWte: 0.2,
} as const

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export interface CalculatorState {
  therapists: number
  band: Band
  start: string
  end: string
  supervisionWte: number
  /** '' means "the suggested hub". */
  hubId: string
  /** Values in the link that could not be used, by field. */
  linkErrors: Record<string, string>
  set: {
    therapists: (n: number) => void
    band: (b: Band) => void
    start: (m: string) => void
    end: (m: string) => void
    supervisionWte: (n: number) => void
    hubId: (id: string) => void
  }
}

export function useCalculatorState(): CalculatorState {
  const [therapistsText, setTherapists] = useQueryParam(
    'satTherapists',
    String(CALCULATOR_DEFAULTS.therapists),
  )
  const [bandText, setBand] = useQueryParam('satBand', CALCULATOR_DEFAULTS.band)
  const [startText, setStart] = useQueryParam('satStart', CALCULATOR_DEFAULTS.start)
  const [endText, setEnd] = useQueryParam('satEnd', CALCULATOR_DEFAULTS.end)
  const [supervisionText, setSupervision] = useQueryParam(
    'satSupervision',
    String(CALCULATOR_DEFAULTS.supervisionWte),
  )
  const [hubId, setHub] = useQueryParam('satHub', '')

  const linkErrors: Record<string, string> = {}
  const number = (text: string, field: string, fallback: number, ok: (n: number) => boolean) => {
    const value = parseNumber(text)
    if (value !== null && ok(value)) return value
    linkErrors[field] = `The link’s value “${text}” could not be used, so ${fallback} is shown`
    return fallback
  }
  const month = (text: string, field: string, fallback: string) => {
    if (MONTH.test(text)) return text
    linkErrors[field] = `The link’s month “${text}” could not be used, so ${fallback} is shown`
    return fallback
  }
  const band = (BANDS as readonly string[]).includes(bandText)
    ? (bandText as Band)
    : CALCULATOR_DEFAULTS.band
  if (band !== bandText)
    linkErrors.band = `The link’s band “${bandText}” is not an Agenda for Change band`

  return {
    therapists: number(
      therapistsText,
      'therapists',
      CALCULATOR_DEFAULTS.therapists,
      (n) => n > 0 && n <= 20,
    ),
    band,
    start: month(startText, 'start', CALCULATOR_DEFAULTS.start),
    end: month(endText, 'end', CALCULATOR_DEFAULTS.end),
    supervisionWte: number(
      supervisionText,
      'supervisionWte',
      CALCULATOR_DEFAULTS.supervisionWte,
      (n) => n >= 0 && n <= 10,
    ),
    hubId,
    linkErrors,
    set: {
      therapists: (n) => setTherapists(String(n)),
      band: (b) => setBand(b),
      start: (m) => setStart(m),
      end: (m) => setEnd(m),
      supervisionWte: (n) => setSupervision(String(n)),
      hubId: (id) => setHub(id),
    },
  }
}
