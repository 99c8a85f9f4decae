import type { Endpoint } from 'payload'

import { isIsoDate } from './calendar'
import { dashboardFor } from './dashboard'

/**
 * GET /api/clocks/dashboard — the signed-in person's departments: what is due soon, overdue or
 * paused across every statutory clock, most urgent first (the admin dashboard's panel).
 * `?today=YYYY-MM-DD` evaluates the states on another day (planning ahead, and tests).
 */
export const clockDashboardEndpoint: Endpoint = {
  path: '/clocks/dashboard',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in first' }] }, { status: 401 })
    const today = req.searchParams.get('today') ?? undefined
    if (today !== undefined && !isIsoDate(today))
      return Response.json(
        { errors: [{ field: 'today', message: 'today must be YYYY-MM-DD' }] },
        { status: 400 },
      )
    return Response.json(await dashboardFor(req.payload, req.user, today))
  },
}
