import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * Runs server-side work in a transaction of its own (not a request's): committed when the work
 * returns, rolled back when it throws. `prepare` may set up the request (a user, headers).
 */
export async function inOwnTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  {
    context = {},
    prepare,
  }: { context?: Record<string, unknown>; prepare?: (req: PayloadRequest) => void } = {},
): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  prepare?.(req)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}
