/**
 * The model's clock as the server sees it: the first modelled year is the financial year under
 * way, so browser tests ask the server for it rather than assume a date.
 */
import type { APIRequestContext } from '@playwright/test'
import { fyLabel } from '../../shared/domain/fiscal-year'

export async function currentFy(request: APIRequestContext): Promise<number> {
  const response = await request.get('/trpc/assumptions.model')
  const body = (await response.json()) as { result: { data: { currentFy: number } } }
  return body.result.data.currentFy
}

/** The modelled years' labels from the year under way to `targetFy`: ['2026/27 (now)', …]. */
export function modelledYears(current: number, targetFy: number): string[] {
  const years: string[] = []
  for (let fy = current; fy <= targetFy; fy++) {
    years.push(fy === current ? `${fyLabel(fy)} (now)` : fyLabel(fy))
  }
  return years
}
