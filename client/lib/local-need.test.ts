import { describe, expect, it } from 'vitest'
import { checkLocalNeed } from './local-need'

describe('checkLocalNeed', () => {
  it('turns a percentage and a reason into a rate and its reason', () => {
    expect(checkLocalNeed('Blackpool', '9', '  Needs assessment 2025 ')).toEqual({
      need: { rate: 0.09, reason: 'Needs assessment 2025' },
    })
  })

  it('names the field and the authority for each problem', () => {
    expect(checkLocalNeed('Blackpool', '', '')).toEqual({
      errors: {
        rate: 'Enter the need rate for Blackpool, in per cent of births',
        reason: "Enter why Blackpool's need differs, such as the needs assessment it comes from",
      },
    })
    expect(checkLocalNeed('Blackpool', 'nine', 'Survey')).toEqual({
      errors: { rate: 'Enter the need rate for Blackpool as a number, such as 9' },
    })
    expect(checkLocalNeed('Blackpool', '60', 'Survey')).toEqual({
      errors: { rate: 'The need rate for Blackpool must be from 0% to 50% of births' },
    })
  })

  it('refuses a reason the server would refuse, with the server’s words', () => {
    expect(checkLocalNeed('Blackpool', '9', 'ok')).toEqual({
      errors: { reason: 'Reason for Blackpool: say why the need differs here, in a few words' },
    })
    expect(checkLocalNeed('Blackpool', '9', '=HYPERLINK()')).toEqual({
      errors: { reason: 'Reason for Blackpool: the reason must not start with = + - @ or a tab' },
    })
  })
})
