import { fail } from './read-shared'

/**
 * The 75 Family Hubs and Start for Life upper-tier authorities (FACTS.md §4.1), as the
 * programme named them. Several are written differently from the ONS upper-tier names.
 */
export const FAMILY_HUBS_NAMES = [
  'Barking and Dagenham',
  'Barnsley',
  'Bedford Borough',
  'Birmingham',
  'Blackburn with Darwen',
  'Blackpool',
  'Bolton',
  'Bradford',
  'Brent',
  'Bristol',
  'Calderdale',
  'Camden',
  'Cornwall',
  'Coventry',
  'Croydon',
  'Derby',
  'Doncaster',
  'Dudley',
  'Durham',
  'East Sussex',
  'Enfield',
  'Gateshead',
  'Greenwich',
  'Hackney',
  'Halton',
  'Haringey',
  'Hartlepool',
  'Hounslow',
  'Isle of Wight',
  'Islington',
  'Kent',
  'Kingston upon Hull',
  'Knowsley',
  'Lambeth',
  'Leicester',
  'Lewisham',
  'Lincolnshire',
  'Liverpool',
  'Luton',
  'Manchester',
  'Medway',
  'Middlesbrough',
  'Newcastle upon Tyne',
  'Newham',
  'Norfolk',
  'North East Lincolnshire',
  'North Lincolnshire',
  'North Northamptonshire',
  'Northumberland',
  'Nottingham',
  'Oldham',
  'Peterborough',
  'Plymouth',
  'Portsmouth',
  'Redcar and Cleveland',
  'Rochdale',
  'Rotherham',
  'Salford',
  'Sandwell',
  'Sheffield',
  'South Tyneside',
  'Southampton',
  'Southwark',
  'St Helens',
  'Stoke-on-Trent',
  'Sunderland',
  'Tameside',
  'Telford and Wrekin',
  'Thurrock',
  'Torbay',
  'Tower Hamlets',
  'Wakefield',
  'Walsall',
  'Waltham Forest',
  'Wolverhampton',
] as const

/** Programme name → ONS upper-tier (2023) name where they differ. */
const ONS_NAME: Record<string, string> = {
  'Bedford Borough': 'Bedford',
  Bristol: 'Bristol, City of',
  Durham: 'County Durham',
  'Kingston upon Hull': 'Kingston upon Hull, City of',
  'St Helens': 'St. Helens',
}

/** Codes of the Family Hubs upper tiers among England's upper tiers; fails unless all 75 match once. */
export function familyHubsUpperTiers(
  englandUpperTiers: { code: string; name: string }[],
): Set<string> {
  if (FAMILY_HUBS_NAMES.length !== 75)
    fail(`expected 75 Family Hubs names, have ${FAMILY_HUBS_NAMES.length}`)
  const codes = new Set<string>()
  for (const name of FAMILY_HUBS_NAMES) {
    const onsName = ONS_NAME[name] ?? name
    const matches = englandUpperTiers.filter((u) => u.name === onsName)
    if (matches.length !== 1) {
      fail(
        `Family Hubs authority '${name}' matches ${matches.length} upper tiers (looked for '${onsName}')`,
      )
    }
    codes.add(matches[0]!.code)
  }
  if (codes.size !== 75)
    fail(`Family Hubs names matched ${codes.size} distinct upper tiers, not 75`)
  return codes
}
