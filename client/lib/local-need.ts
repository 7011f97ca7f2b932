/**
 * An authority's own need rate as typed into the builder: a rate in per cent of births and the
 * reason for it, both required. Checked by the server's own rules (lib/scenario-url), with
 * messages that name the field and the authority.
 */
import { parseNumber } from './parse-number'
import { fromPercentInput } from './percent-input'
import { needRateProblem, needReasonProblem, type LocalNeed } from './scenario-url'

export interface LocalNeedErrors {
  rate?: string
  reason?: string
}

/** The rate and reason as typed, checked; errors say which field and which authority. */
export function checkLocalNeed(
  name: string,
  rateText: string,
  reasonText: string,
): { need: LocalNeed } | { errors: LocalNeedErrors } {
  const errors: LocalNeedErrors = {}
  const percent = parseNumber(rateText)
  const rate = percent === null ? null : fromPercentInput(percent)
  if (rateText.trim() === '') errors.rate = `Enter the need rate for ${name}, in per cent of births`
  else if (rate === null) errors.rate = `Enter the need rate for ${name} as a number, such as 9`
  else if (needRateProblem(rate))
    errors.rate = `The need rate for ${name} must be from 0% to 50% of births`
  const reason = reasonText.trim()
  if (reason === '') {
    errors.reason = `Enter why ${name}'s need differs, such as the needs assessment it comes from`
  } else {
    const problem = needReasonProblem(reason)
    if (problem) errors.reason = `Reason for ${name}: ${problem}`
  }
  if (errors.rate || errors.reason || rate === null) return { errors }
  return { need: { rate, reason } }
}
