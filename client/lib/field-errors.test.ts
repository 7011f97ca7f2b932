import { describe, expect, it } from 'vitest'
import { mergeFieldErrors, serverFieldErrors, urlFieldErrors } from './field-errors'

describe('serverFieldErrors', () => {
  it('reads top-level field errors from a tRPC error', () => {
    const error = {
      data: {
        zodError: {
          formErrors: [],
          fieldErrors: { budgetCap: ['budget cap must be more than £0'] },
        },
      },
    }
    expect(serverFieldErrors(error)).toEqual({ budgetCap: 'budget cap must be more than £0' })
  })

  it('moves an assumption error onto that assumption', () => {
    const error = {
      data: {
        zodError: {
          formErrors: [],
          fieldErrors: {
            assumptions: ['needRate must be between 0 and 1; got 1.5', 'something else'],
          },
        },
      },
    }
    expect(serverFieldErrors(error)).toEqual({
      'assumptions.needRate': 'needRate must be between 0 and 1; got 1.5',
      assumptions: 'something else',
    })
  })

  it('keeps form-level errors', () => {
    const error = { data: { zodError: { formErrors: ['bad'], fieldErrors: {} } } }
    expect(serverFieldErrors(error)).toEqual({ form: 'bad' })
  })

  it('is empty for errors that are not validation errors', () => {
    expect(serverFieldErrors(new Error('offline'))).toEqual({})
    expect(serverFieldErrors({ data: { zodError: null } })).toEqual({})
    expect(serverFieldErrors(null)).toEqual({})
  })
})

describe('merging', () => {
  it('joins issues for the same field and lets the server win', () => {
    const url = urlFieldErrors([
      { field: 'budgetCap', message: 'a' },
      { field: 'budgetCap', message: 'b' },
      { field: 'phasing', message: 'c' },
    ])
    expect(url).toEqual({ budgetCap: 'a; b', phasing: 'c' })
    expect(mergeFieldErrors({ budgetCap: 'server' }, url)).toEqual({
      budgetCap: 'server',
      phasing: 'c',
    })
  })
})
