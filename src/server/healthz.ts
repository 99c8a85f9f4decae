import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** Round-trips to the database: `SELECT 1` on SQL, `ping` on MongoDB. */
export async function pingDatabase(payload: Payload): Promise<void> {
  const db = payload.db as any
  switch (payload.db.name) {
    case 'sqlite':
      await db.client.execute('SELECT 1')
      return
    case 'postgres':
      await db.pool.query('SELECT 1')
      return
    case 'mongoose':
      await db.connection.db.admin().ping()
      return
    default:
      throw new Error(`no health check for database adapter ${payload.db.name}`)
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

/** 200 when the database answers within the timeout, 503 otherwise (for load balancers). */
export function healthz(payload: Payload, timeoutMs = 2_000): RequestHandler {
  return async (_req, res) => {
    const started = performance.now()
    res.setHeader('Cache-Control', 'no-store')
    try {
      await withTimeout(pingDatabase(payload), timeoutMs)
      res.json({
        status: 'ok',
        database: payload.db.name,
        latencyMs: Math.round(performance.now() - started),
      })
    } catch (err) {
      res.status(503).json({
        status: 'unavailable',
        database: payload.db.name,
        detail: err instanceof Error ? err.message : String(err),
      })
    }
  }
}
