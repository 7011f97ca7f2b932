import { describe, expect, test } from 'vitest'
import { createTestDb } from '../tests/helpers/test-db'
import { createModelStore } from './model-store'

describe('the model store follows the clock', () => {
  test('on 1 April the next financial year becomes the first one modelled', async () => {
    const db = await createTestDb()
    let now = new Date('2027-03-31T22:00:00Z') // 23:00 on 31 March, British Summer Time
    const store = await createModelStore(db, () => now)
    const before = store.current()
    expect(before.currentFy).toBe(2026)
    expect(store.current()).toBe(before)
    now = new Date('2027-03-31T23:30:00Z') // half past midnight on 1 April
    const after = store.current()
    expect(after.currentFy).toBe(2027)
    // A new snapshot, so answers cached for the old year are not served for the new one.
    expect(after).not.toBe(before)
    expect(after.dataVersion).toBe(before.dataVersion)
    await db.destroy()
  })

  test('without a clock it reads the real one', async () => {
    const db = await createTestDb()
    const store = await createModelStore(db)
    const today = new Date()
    const fy = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1
    expect(Math.abs(store.current().currentFy - fy)).toBeLessThanOrEqual(1)
    await db.destroy()
  })
})
