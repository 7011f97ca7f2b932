/**
 * The value once it has stopped changing for `delay` ms, so live forms send one request when the
 * user pauses rather than one per keystroke. Values are compared as JSON, so a new object with the
 * same content does not restart the wait.
 */
import { useEffect, useState } from 'react'

export function useDebouncedValue<T>(value: T, delay: number): T {
  const key = JSON.stringify(value)
  const [settled, setSettled] = useState<{ key: string; value: T }>({ key, value })
  useEffect(() => {
    if (key === settled.key) return
    const timer = setTimeout(() => setSettled({ key, value }), delay)
    return () => clearTimeout(timer)
    // `value` is represented by `key`; depending on it would restart the timer on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, delay, settled.key])
  return settled.value
}

/**
 * How long the settings must be still before the deferred parts of the results (the ranges, the
 * calibration side by side) are worked out: each costs the server many scenario runs, so working
 * them out for every keystroke would hold up the next keystroke's result and redraw the page
 * under the reader.
 */
export const SETTLE_MS = 800
