import type { Mark } from './provenance'

/**
 * How long each profession in a parent-infant team takes to train, from the research notes
 * (FACTS.md §5). Only the recruit-to-train route is short enough to grow staff within a plan to
 * 2030; the others must be recruited qualified, from the national supply.
 */
export interface ProfessionTraining {
  profession: string
  route: string
  time: string
  /** Within a plan to 2030: 'trained in post' or 'recruited qualified'. */
  inPlan: string
  mark: Mark
  source: string
}

export const TRAINING_ROUTES_BY_PROFESSION: readonly ProfessionTraining[] = [
  {
    profession: 'Infant and early years practitioner (parent-infant)',
    route: 'NHS England IEYP-PI trainee post, 2.5 days study a week (UCL and Anna Freud diploma)',
    time: '1 year, then sees families',
    inPlan: 'Trained in post (recruit-to-train)',
    mark: 'S',
    source:
      'FACTS.md §5: IEYP-PI trainee posts, e.g. Hertfordshire Step2 advert, course from January 2026',
  },
  {
    profession: 'Parent-infant psychotherapist',
    route: 'British Psychotherapy Foundation PPIP training, part-time hybrid',
    time: '2 years, then fully trained',
    inPlan: 'Trained in post (recruit-to-train)',
    mark: 'S',
    source: 'FACTS.md §5: British Psychotherapy Foundation, next intake January 2026',
  },
  {
    profession: 'Child and adolescent psychotherapist',
    route: 'Infant observation, then a 4-year doctoral clinical training in NHS CAMHS',
    time: 'About 6 years',
    inPlan: 'Recruited qualified',
    mark: 'S',
    source: 'FACTS.md §5: Association of Child Psychotherapists',
  },
  {
    profession: 'Clinical psychologist',
    route: 'Doctorate in clinical psychology',
    time: '3 years',
    inPlan: 'Recruited qualified',
    mark: 'U',
    source: 'FACTS.md §5: general knowledge, not sourced',
  },
  {
    profession: 'Any qualified post',
    route: 'Advert, interview, notice and induction',
    time: '6 months to fill (3 to 12)',
    inPlan: 'Recruited qualified',
    mark: 'A',
    source: 'FACTS.md §5 and §7: no sourced time to recruit',
  },
]
