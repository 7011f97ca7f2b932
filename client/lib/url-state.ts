/**
 * Page state that belongs in the address (filters, sort order, chosen years), so a view can be
 * bookmarked, shared and printed as seen. Changes replace the history entry rather than add one,
 * so Back still leaves the page.
 *
 *   const [nation, setNation] = useQueryParam('nation')         // '' when absent
 *   const [sort, setSort] = useSortParam('hb', { key: 'coverage', dir: 'asc' })   // ?hbSort=…&hbDir=…
 */
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import type { SortDir, SortState } from './sort'

export function useQueryParam(
  name: string,
  fallback = '',
): [string, (value: string | null) => void] {
  const [params, setParams] = useSearchParams()
  const value = params.get(name) ?? fallback
  const setValue = useCallback(
    (next: string | null) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          if (next === null || next === '' || next === fallback) updated.delete(name)
          else updated.set(name, next)
          return updated
        },
        { replace: true, preventScrollReset: true },
      )
    },
    [name, fallback, setParams],
  )
  return [value, setValue]
}

function isDir(value: string | null): value is SortDir {
  return value === 'asc' || value === 'desc'
}

/** Sort state kept as `?{prefix}Sort=key&{prefix}Dir=asc|desc`; unknown keys fall back to the default. */
export function useSortParam(
  prefix: string,
  fallback: SortState,
  allowedKeys?: readonly string[],
): [SortState, (sort: SortState) => void] {
  const [params, setParams] = useSearchParams()
  const sortName = `${prefix}Sort`
  const dirName = `${prefix}Dir`
  const key = params.get(sortName)
  const dir = params.get(dirName)
  const validKey = key !== null && (!allowedKeys || allowedKeys.includes(key))
  const sort: SortState = validKey ? { key, dir: isDir(dir) ? dir : 'asc' } : fallback
  const setSort = useCallback(
    (next: SortState) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          if (next.key === fallback.key && next.dir === fallback.dir) {
            updated.delete(sortName)
            updated.delete(dirName)
          } else {
            updated.set(sortName, next.key)
            updated.set(dirName, next.dir)
          }
          return updated
        },
        { replace: true, preventScrollReset: true },
      )
    },
    [fallback.key, fallback.dir, sortName, dirName, setParams],
  )
  return [sort, setSort]
}
