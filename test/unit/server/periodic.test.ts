/** Background tasks: one run at a time, and stopping waits for the run under way to end. */
import { describe, expect, it } from 'vitest'

import { runPeriodically } from '../../../src/server/periodic'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('runPeriodically', () => {
  it('stop() resolves only once the run under way has ended, and tells it to stop', async () => {
    const steps: string[] = []
    const stop = runPeriodically(
      async (stopping) => {
        steps.push('start')
        for (let i = 0; i < 100 && !stopping(); i++) await sleep(10)
        await sleep(30)
        steps.push('end')
      },
      { everyMs: 60_000, firstMs: 0, failure: 'test task failed' },
    )
    await sleep(30)
    expect(steps).toEqual(['start'])
    await stop()
    expect(steps).toEqual(['start', 'end'])
  })

  it('never starts two runs at once, and none after stop()', async () => {
    let running = 0
    let most = 0
    let runs = 0
    const stop = runPeriodically(
      async () => {
        runs++
        most = Math.max(most, ++running)
        await sleep(50)
        running--
      },
      { everyMs: 5, firstMs: 0, failure: 'test task failed' },
    )
    await sleep(120)
    await stop()
    const after = runs
    await sleep(40)
    expect(most).toBe(1)
    expect(runs).toBeGreaterThan(1)
    expect(runs).toBe(after)
  })
})
