import { useMemo } from 'react'

/**
 * The value from an earlier render while the new one has the same JSON, so memoised charts keep
 * their props (and recharts its store) when an edit did not change the numbers they draw: a need
 * rate change often leaves the teams, for instance. For small plain data only (a row per year).
 */
export function useSameValue<T>(value: T): T {
  const json = JSON.stringify(value)
  return useMemo(() => JSON.parse(json) as T, [json])
}
