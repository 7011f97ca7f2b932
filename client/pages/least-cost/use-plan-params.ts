/**
 * The plan's own settings, kept in the address beside the builder's (which the plan shares):
 * the value of a year of support (value=) and the "reach it by" path (r.2028=60). The builder's
 * state hook leaves parameters it does not know alone, so the two never overwrite each other.
 */
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { FAMILY_YEAR_VALUE, type LeastCostInput } from '../../../shared/domain/least-cost'
import { familyYearValueOf, reachByOf, VALUE_PARAM, withReachBy } from '../../lib/plan-url'
import type { UrlIssue } from '../../lib/scenario-url'

export interface PlanParams {
  /** £ per family-year of support; undefined for the default. */
  familyYearValue: number | undefined
  reachBy: NonNullable<LeastCostInput['reachBy']>
  issues: UrlIssue[]
  setFamilyYearValue: (value: number | undefined) => void
  setReachBy: (fy: number, percent: number | undefined) => void
}

export function usePlanParams(): PlanParams {
  const [params, setParams] = useSearchParams()
  const query = params.toString()
  const parsed = useMemo(() => {
    const own = new URLSearchParams(query)
    const issues: UrlIssue[] = []
    const familyYearValue = familyYearValueOf(own.get(VALUE_PARAM), issues)
    return { familyYearValue, reachBy: reachByOf(own, issues), issues }
  }, [query])
  const options = { replace: true, preventScrollReset: true }
  const setFamilyYearValue = useCallback(
    (next: number | undefined) =>
      setParams((current) => {
        const out = new URLSearchParams(current)
        if (next === undefined || next === FAMILY_YEAR_VALUE.value) out.delete(VALUE_PARAM)
        else out.set(VALUE_PARAM, String(next))
        return out
      }, options),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams],
  )
  const setReachBy = useCallback(
    (fy: number, percent: number | undefined) =>
      setParams((current) => withReachBy(current, fy, percent), options),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams],
  )
  return { ...parsed, setFamilyYearValue, setReachBy }
}
