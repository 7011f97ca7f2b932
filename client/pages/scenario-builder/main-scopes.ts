/** The areas offered as starting points for a scenario (the UK, nations, and the two worked examples). */
export const MAIN_SCOPES = [
  { code: 'K02000001', name: 'United Kingdom' },
  { code: 'E92000001', name: 'England' },
  { code: 'S92000003', name: 'Scotland' },
  { code: 'W92000004', name: 'Wales' },
  { code: 'N92000002', name: 'Northern Ireland' },
  { code: 'E54000048', name: 'NHS Lancashire and South Cumbria ICB' },
  { code: 'E06000008', name: 'Blackburn with Darwen' },
] as const
