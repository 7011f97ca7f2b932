export const UK_CODE = 'K02000001'

export const NATIONS = [
  { code: 'E92000001', name: 'England' },
  { code: 'W92000004', name: 'Wales' },
  { code: 'S92000003', name: 'Scotland' },
  { code: 'N92000002', name: 'Northern Ireland' },
] as const

export type NationCode = (typeof NATIONS)[number]['code']
export type NationName = (typeof NATIONS)[number]['name']

/** Levels of the planning hierarchy, from the whole UK down to a local authority district. */
export type AreaLevel = 'uk' | 'nation' | 'health-body' | 'upper-tier' | 'local-authority'

export const AREA_LEVEL_LABELS: Record<AreaLevel, string> = {
  uk: 'United Kingdom',
  nation: 'Nation',
  'health-body': 'Health body',
  'upper-tier': 'Upper-tier authority',
  'local-authority': 'Local authority',
}

export type HealthBodyType = 'ICB' | 'Health board' | 'Local health board' | 'HSC trust'

export const HEALTH_BODY_COUNTS: Record<HealthBodyType, number> = {
  ICB: 42,
  'Health board': 14,
  'Local health board': 7,
  'HSC trust': 5,
}

/** A node of the geography tree as the client shows it. */
export interface AreaRef {
  code: string
  name: string
  level: AreaLevel
}
