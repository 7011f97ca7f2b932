/**
 * The clock API tests run on: FY2026/27 is under way, whatever the date the tests run. The
 * server itself reads the real clock; tests of the year turning over pass their own.
 */
export const TEST_NOW = new Date('2026-12-03T12:00:00Z')
export const testClock = () => TEST_NOW
