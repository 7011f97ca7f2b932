/**
 * Narrows a text column to a union type. CHECK constraints should make a miss impossible, so a
 * miss means the database and the code disagree, which must be loud.
 */
export function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`Unexpected ${what} '${value}' in the database`)
}

export const bool = (value: number): boolean => value === 1
