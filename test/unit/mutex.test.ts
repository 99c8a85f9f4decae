import { describe, expect, it } from 'vitest'

import { Mutex } from '../../src/db/sqlite-client'

const tick = () => new Promise((r) => setTimeout(r, 1))

describe('Mutex', () => {
  it('grants holders one at a time, in arrival order', async () => {
    const mutex = new Mutex()
    const order: string[] = []
    const worker = async (name: string, ms: number) => {
      const release = await mutex.acquire()
      order.push(`${name}:start`)
      await new Promise((r) => setTimeout(r, ms))
      order.push(`${name}:end`)
      release()
    }
    await Promise.all([worker('a', 10), worker('b', 1), worker('c', 5)])
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end'])
  })

  it('ignores a second release of the same hold', async () => {
    const mutex = new Mutex()
    const first = await mutex.acquire()
    const second = mutex.acquire()
    const third = mutex.acquire()
    first()
    first()
    const releaseSecond = await second
    let thirdGranted = false
    void third.then(() => (thirdGranted = true))
    await tick()
    expect(thirdGranted).toBe(false)
    releaseSecond()
    await tick()
    expect(thirdGranted).toBe(true)
  })

  it('counts waiters', async () => {
    const mutex = new Mutex()
    const release = await mutex.acquire()
    const pending = [mutex.acquire(), mutex.acquire()]
    expect(mutex.waiting).toBe(2)
    release()
    ;(await pending[0]!)()
    ;(await pending[1]!)()
    expect(mutex.waiting).toBe(0)
  })
})
