import type { ImportProblem } from './problems'

/**
 * The CSV layouts accepted for population imports. Header names are matched ignoring case,
 * surrounding spaces, and spaces or hyphens inside (so "All ages" = "all_ages"). Only ages 0 and
 * 1 are imported; other single-year-of-age data in a file is skipped.
 */
export const SHAPES = {
  long: {
    label: 'long',
    description: 'one row per area, mid-year and age',
    header: 'area_code,area_name,mid_year,age,count',
  },
  wide: {
    label: 'wide',
    description: 'one row per area and mid-year',
    header: 'area_code,area_name,mid_year,age_0,age_1[,all_ages][,under_2]',
  },
  mye2: {
    label: 'ONS MYE2',
    description: 'one row per area, the mid-year given with the file',
    header: 'Code,Name,Geography,All ages,0,1,2,…,90+',
  },
} as const

export type ShapeId = keyof typeof SHAPES

export type Role =
  | 'code'
  | 'name'
  | 'year'
  | 'age'
  | 'count'
  | 'age0'
  | 'age1'
  | 'allAges'
  | 'under2'
  | 'geography'
  | 'otherAge'
  | 'provenance'

/** Canonical header for a role, used when a required column is missing. */
export const ROLE_HEADERS: Record<Role, string> = {
  code: 'area_code',
  name: 'area_name',
  year: 'mid_year',
  age: 'age',
  count: 'count',
  age0: 'age_0',
  age1: 'age_1',
  allAges: 'all_ages',
  under2: 'under_2',
  geography: 'geography',
  otherAge: '2…90+',
  provenance: 'source',
}

const ALIASES: Record<string, Role> = {
  area_code: 'code',
  code: 'code',
  lad24cd: 'code',
  area_name: 'name',
  name: 'name',
  lad24nm: 'name',
  mid_year: 'year',
  year: 'year',
  age: 'age',
  count: 'count',
  population: 'count',
  age_0: 'age0',
  age0: 'age0',
  age_1: 'age1',
  age1: 'age1',
  all_ages: 'allAges',
  under_2: 'under2',
  under2: 'under2',
  geography: 'geography',
  // The provenance columns of our own exports (population.csv), read past so a file we wrote
  // imports back as it is.
  source: 'provenance',
  licence: 'provenance',
  data_version: 'provenance',
  model_version: 'provenance',
  exported_on: 'provenance',
}

/** Roles read past: other ages of an MYE2 file, and our exports' provenance columns. */
type SkippedRole = 'otherAge' | 'provenance'

const REQUIRED: Record<ShapeId, Exclude<Role, SkippedRole>[]> = {
  long: ['code', 'year', 'age', 'count'],
  wide: ['code', 'year', 'age0', 'age1'],
  mye2: ['code', 'name', 'age0', 'age1'],
}

const ALLOWED: Record<ShapeId, Role[]> = {
  long: [...REQUIRED.long, 'name', 'geography', 'provenance'],
  wide: [...REQUIRED.wide, 'name', 'geography', 'allAges', 'under2', 'provenance'],
  mye2: [...REQUIRED.mye2, 'year', 'geography', 'allAges', 'otherAge'],
}

export const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')

export interface DetectedShape {
  shape: ShapeId
  /** Column index of each role present (skipped columns are not listed). */
  columns: Partial<Record<Exclude<Role, SkippedRole>, number>>
}

export const shapeList = () =>
  Object.values(SHAPES)
    .map((s) => `${s.label} (${s.header}; ${s.description})`)
    .join('; ')

/** Works out the shape from the header row, or explains why it matches none. */
export function detectShape(
  header: readonly string[],
): { ok: true; detected: DetectedShape } | { ok: false; problems: ImportProblem[] } {
  const problem = (field: string | null, message: string): ImportProblem => ({
    row: 1,
    field,
    message,
  })
  const names = header.map(normaliseHeader)

  if (header.length === 1) {
    const only = header[0] ?? ''
    const delimiter = only.includes(';') ? 'semicolons' : only.includes('\t') ? 'tabs' : null
    if (delimiter) {
      return {
        ok: false,
        problems: [
          problem(
            null,
            `the columns are separated by ${delimiter}; save the file as comma-separated CSV`,
          ),
        ],
      }
    }
  }

  // MYE2 headers are bare ages ("0", "1"); the other shapes say "age_0" or have an age column.
  const shape: ShapeId | null =
    names.includes('age') || names.includes('count') || names.includes('population')
      ? 'long'
      : names.some((n) => ALIASES[n] === 'age0' || ALIASES[n] === 'age1')
        ? 'wide'
        : names.includes('0') || names.includes('1')
          ? 'mye2'
          : null
  if (!shape) {
    return {
      ok: false,
      problems: [
        problem(
          null,
          `the header matches none of the accepted shapes: ${shapeList()}. Found: ${header.join(',')}`,
        ),
      ],
    }
  }

  const problems: ImportProblem[] = []
  const columns: DetectedShape['columns'] = {}
  const seen = new Map<string, number>()
  names.forEach((name, index) => {
    const original = header[index] ?? ''
    if (name === '') {
      problems.push(problem(null, `column ${index + 1} has no name`))
      return
    }
    const first = seen.get(name)
    if (first !== undefined) {
      problems.push(
        problem(original, `the column appears twice (columns ${first + 1} and ${index + 1})`),
      )
      return
    }
    seen.set(name, index)
    const role: Role | undefined =
      shape === 'mye2' && name === '0'
        ? 'age0'
        : shape === 'mye2' && name === '1'
          ? 'age1'
          : shape === 'mye2' && /^([2-9]|[1-8][0-9]|90)\+?$/.test(name)
            ? 'otherAge'
            : ALIASES[name]
    if (!role || !ALLOWED[shape].includes(role)) {
      problems.push(
        problem(
          original,
          `is not a column of the ${SHAPES[shape].label} shape (${SHAPES[shape].header})`,
        ),
      )
      return
    }
    if (role === 'otherAge' || role === 'provenance') return
    if (columns[role] !== undefined) {
      problems.push(
        problem(original, `means the same as column ${columns[role] + 1}; keep only one of them`),
      )
      return
    }
    columns[role] = index
  })
  for (const role of REQUIRED[shape]) {
    if (columns[role] !== undefined) continue
    problems.push(
      problem(
        ROLE_HEADERS[role],
        `the column is missing; the ${SHAPES[shape].label} shape needs ${SHAPES[shape].header}`,
      ),
    )
  }
  return problems.length ? { ok: false, problems } : { ok: true, detected: { shape, columns } }
}
