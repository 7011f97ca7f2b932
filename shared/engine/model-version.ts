/** Bumped whenever a change to the engine can change a figure it returns. */
export const MODEL_VERSION = '2.4.0'

export interface ModelChange {
  /** What changed, e.g. an assumption's label. */
  what: string
  from: string
  to: string
  why: string
}

export interface ModelVersionNote {
  version: string
  date: string
  summary: string
  changes: ModelChange[]
}

/** What each model version changed, newest first: shown on /sources and carried by exports. */
export const MODEL_NOTES: readonly ModelVersionNote[] = [
  {
    version: '2.4.0',
    date: '2026-12-05',
    summary:
      'Planning by upper-tier council by default: a two-tier county’s districts with a gap share one new team, and the least-cost plan pools them the same way. The least-cost plan values earlier support and can keep to a “reach it by” path.',
    changes: [
      {
        what: 'Planning unit (new setting)',
        from: 'a new team for every district with a gap (296 districts in England)',
        to: 'upper-tier council by default: a county’s districts that would each get a standalone team, and its small districts joining them, share one team sized to their need together; by district is a setting',
        why: 'The national ask counts one team per upper-tier council (153 in England); counties commission for the county. On the real data, with the national supply lifted, the UK mixed plan needs 164 new teams instead of 287, 2,106 WTE instead of 2,170, and £200.6m a year by 2030/31 instead of £206.6m.',
      },
      {
        what: 'Least-cost plan by upper-tier council',
        from: 'pooled teams only within a health body, any district could have its own standalone team',
        to: 'a two-tier county’s districts pool into the county’s one team (of any number of them) and no health body’s; by district as before',
        why: 'So the plan buys the same units as the scenarios it is compared with.',
      },
      {
        what: 'Least-cost objective',
        from: 'least cost at the most coverage in the target year, which put every start in the latest year still productive by then',
        to: 'cost plus £40,000 for each family-year of need left unsupported [A] (a setting; £0 is cost alone), at the most coverage in the target year',
        why: 'Nothing valued the years before the target, so Lancashire and South Cumbria’s plan started nothing until 2028/29 and then 48 clinical WTE at once, leaving coverage at 8% for two years. The Centre for Mental Health (Feb 2026) puts the lifetime value of specialised parent-infant support above £40,000 a child [S]. On the real data the plan for Lancashire and South Cumbria now starts in 2026/27 and meets the need from 2028/29: £23.6m to 2030/31 against £13.3m, supporting 4,626 family-years of need against 1,842.',
      },
      {
        what: '“Reach it by” path (new)',
        from: 'none',
        to: 'the least-cost plan can be asked for at least a coverage by each year before the target; it keeps to it, or says which year no plan within the caps can reach',
        why: 'So growth follows a path a board agrees, year by year, rather than arriving at the end.',
      },
    ],
  },
  {
    version: '2.3.0',
    date: '2026-12-04',
    summary:
      'A workforce pipeline: recruit-to-train posts study before they see families and are paid at a trainee band until trained, and a UK or nation plan can start no more new clinical staff a year than its share of the national supply.',
    changes: [
      {
        what: 'Recruit-to-train posts',
        from: 'every new post saw families after the 6-month recruitment lag',
        to: 'the satellite’s two therapists and the standard team’s band 6 therapist are recruit-to-train: no families for 12 months, half a caseload until fully trained at 24 months, paid at band 6 (the CYP IAPT precedent) while training',
        why: 'FACTS.md §5: IEYP-PI trainees study 2.5 days a week for a year; parent-infant psychotherapy training is 2 years part-time. Counting them as productive after 6 months overstated early coverage.',
      },
      {
        what: 'Last start year for even phasing',
        from: 'the target year less the recruitment lag (2029/30 for 2030/31)',
        to: 'early enough that recruit-to-train posts are fully trained by the target year (2028/29 for 2030/31)',
        why: 'A plan that reaches full coverage on paper must have its staff trained by then.',
      },
      {
        what: 'National supply of new clinical staff (new)',
        from: 'no limit unless a scenario set a workforce cap',
        to: '65 new clinical WTE a year for the UK [A] (range 15–300); a UK or nation plan starts no more than its share by births each year, a health body or council plan is compared with its share',
        why: 'FACTS.md §5 reports a national skill shortage but no count of staff who could join. 15 a year is the growth seen since 2019; 300 is the pace of PIF’s 2025/26 ask. At the default the UK reaches about a fifth of need by 2030/31; the chart of new clinical staff against the supply shows why.',
      },
    ],
  },
  {
    version: '2.2.0',
    date: '2026-12-04',
    summary:
      'Existing teams with a funding life: a team stops when its known funding ends unless the scenario sustains it, and every scenario carries the running cost of existing teams apart from new provision. Authorities too small for a team of their own join a neighbour’s.',
    changes: [
      {
        what: 'Existing teams whose funding has ended',
        from: 'counted as capacity in every year (the Blackburn with Darwen satellite, funded to March 2025; Lambeth PAIRS, whose LEAP programme ended in March 2025)',
        to: 'counted only for the months they are funded; a scenario may sustain them instead, and pays for it',
        why: 'A plan that counts a team nobody funds overstates coverage. Dates come from the register’s sources ([S] stated, [I] inferred); where none is given the team is assumed to continue [A].',
      },
      {
        what: 'Running cost of existing teams (new)',
        from: 'left out of every cost',
        to: 'in each year’s total, shown apart from new provision: known posts at the scenario’s pay rates, otherwise the standard team for each team a row stands for [A] (about £17–19m a year for the UK)',
        why: 'A board deciding a budget needs to see what keeping today’s teams costs beside what growth costs.',
      },
      {
        what: 'Fewest families a year for a team of its own (new)',
        from: 'none: the Isles of Scilly got a £332k-a-year team for about 1 family, the City of London one for 4',
        to: '25 [A], range 10–50: a smaller authority’s families join the nearest larger authority’s team, with posts sized to their need and no set-up cost',
        why: 'The teams that see fewest support under 25 families a year (FACTS.md §1.4); below that even the smallest team costs many times more per family. Seven authorities are affected (Isles of Scilly, City of London, Orkney, Shetland, Na h-Eileanan Siar, Rutland, Derbyshire Dales).',
      },
      {
        what: 'Who may be a satellite’s hub',
        from: 'a team funded in the satellite’s first year',
        to: 'a team funded for all of every year from the satellite’s first to the last one modelled',
        why: 'A satellite needs its supervision for as long as it runs.',
      },
    ],
  },
  {
    version: '2.1.0',
    date: '2026-12-04',
    summary:
      'Hubs that can carry their satellites: one travel rule for every hub, hubs only among teams funded in the year, and a limit on satellites per hub.',
    changes: [
      {
        what: 'Who may be a satellite’s hub',
        from: 'any team in the same health body, whatever the distance, or one within 50 km',
        to: 'a team funded in the satellite’s first year within the travel limit (50 km by default, straight line between centroids)',
        why: 'Sharing a health body does not shorten the journey: hubs 118 km (Isles of Scilly) and 78 km (Bath and North East Somerset) away were being offered.',
      },
      {
        what: 'Most satellites one hub team supervises (new)',
        from: 'no limit (Lambeth PAIRS supervised 31)',
        to: '1 [A], range 1–3; the register’s own satellites count against it',
        why: 'The one hub and satellite pair found is Blackpool PAIRS supervising Blackburn with Darwen (FACTS.md §2.2, §5); no source gives a limit. Places are shared out over the UK so an ICB’s plan and the nation’s agree.',
      },
    ],
  },
  {
    version: '2.0.0',
    date: '2026-12-03',
    summary:
      'Need and capacity from separate evidence, need weighted by deprivation, the first modelled year from the clock, ranges drawn from PERT distributions, and costs in constant prices and present value.',
    changes: [
      {
        what: 'Families seen per clinical WTE',
        from: '46 (range 18.5–55.6), from 250 families per standard team',
        to: '29.4 (range 23.9–35.3), about 26.5 after supervision',
        why: 'Observed teams see 86–127 families a year with about 4 clinicians (FACTS.md §1.4, §2.2); 250 a team came from the same £73m ask as the need rate, so full coverage re-derived the ask.',
      },
      {
        what: 'Need for a specialised team',
        from: '7% of births everywhere (range 5–10%)',
        to: '7% of UK births on average (range 4–10%), weighted by deprivation',
        why: 'Need differs between Blackpool and East Hertfordshire; the UK total is unchanged. Low end: the CMH costed expansion, 28,800 families ≈ 4% of births.',
      },
      {
        what: 'Extra need where deprivation is highest (new)',
        from: 'none',
        to: '1.5 times in the most deprived fifth of neighbourhoods (range 1–2) [A]',
        why: 'No UK figure was found; disorganised attachment is about twice as common in high-risk groups (van IJzendoorn et al., 1999), and a neighbourhood is a weaker marker.',
      },
      {
        what: 'Share of planned posts filled',
        from: '100% (range 70–100%)',
        to: '90% (range 80–100%); new provision sized so filled posts meet need',
        why: 'The national skill shortage (FACTS.md §5) makes every post filled the most hopeful case, not the central one.',
      },
      {
        what: 'Annual pay award',
        from: '2.5% (range 2.5–4%)',
        to: '3% (range 2–4%)',
        why: 'Between the 2.5% proposed for 2026/27 and the 3.6% awarded in 2025/26 (5.5% in 2024/25).',
      },
      {
        what: 'Ranges',
        from: 'independent triangles; cautious and hopeful cases took every end at once; supervision drawn',
        to: 'PERT distributions; families per WTE drawn with existing teams’ throughput; supervision not drawn; cautious and hopeful = P10 and P90 of the draws',
        why: 'The central value is the most likely one and the P50 sits at it; every end at once is far rarer than 1 in 10.',
      },
      {
        what: 'First modelled year',
        from: 'FY2025/26, fixed',
        to: 'the financial year under way (FY2026/27 from 1 April 2026)',
        why: 'Years that have passed are observed, not modelled.',
      },
      {
        what: 'Scotland and Northern Ireland after mid-2022',
        from: 'England’s projected ratio',
        to: 'each nation’s own ten-year trend to mid-2024, then England’s projection',
        why: 'England’s projection overstated their recent births by about 3%.',
      },
      {
        what: 'Money',
        from: 'cash only; cost per baby covered',
        to: 'cash, constant 2025/26 prices (2% GDP deflator [A]) and present value (3.5%, Green Book); cost per family supported',
        why: 'As finance teams and the Green Book read costs.',
      },
      {
        what: 'Team counts',
        from: 'a team serving a split authority counted whole in each health body',
        to: 'counted by its share, so health bodies add up to their nation',
        why: 'England showed 290 teams but its ICBs 305.',
      },
    ],
  },
  {
    version: '1.0.0',
    date: '2026-11-23',
    summary:
      'First release: need 7% of births, 250 families per standard team, existing teams from the register, options, phasing, ranges and the least-cost plan.',
    changes: [],
  },
]
