/**
 * Every end-to-end file ends by checking that no page it opened reported a Content-Security-
 * Policy violation (security-checks.md 19: the admin and the portal work under their policies).
 */
import { afterAll, expect } from 'vitest'

import { cspViolations } from './admin-browser'

afterAll(() => {
  expect(cspViolations, 'Content-Security-Policy violations reported by the pages').toEqual([])
})
