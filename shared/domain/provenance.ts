/** How sure we are of a figure: stated in a source, inferred by us, assumed, or uncertain. */
export type Mark = 'S' | 'I' | 'A' | 'U'

export const MARK_LABELS: Record<Mark, string> = {
  S: 'Stated in a source',
  I: 'Derived by us from sourced figures',
  A: 'Assumption (not from a source)',
  U: 'Uncertain or only partly verified',
}

export interface Provenance {
  source: string
  /** When the source was published or the figure applies, as free text (e.g. "Jun 2019", "2025/26"). */
  date: string
  licence: string
  mark: Mark
  url: string | null
}

export const OGL = 'Open Government Licence v3.0'

export const ONS_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v3.0. ' +
  'Contains OS data © Crown copyright and database right.'
