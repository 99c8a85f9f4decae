/**
 * Makes libsql's local SQLite client safe for Payload transactions in a Node server.
 *
 * 1. libsql runs statements synchronously. If two requests of one process both open a write
 *    transaction, the second BEGIN IMMEDIATE would wait for the lock *blocking the event loop*
 *    that the first needs to commit: a deadlock until busy_timeout. So write transactions of one
 *    process queue here, in JavaScript, and only other processes ever wait on SQLite's lock.
 * 2. `client.transaction()` hands its connection to the transaction and opens a fresh one for
 *    later statements, without the busy_timeout Payload set at connect. It is set again here.
 */
type Tx = { commit(): Promise<void>; rollback(): Promise<void>; close(): void }
type LibsqlClient = {
  transaction(mode?: string): Promise<Tx>
  execute(sql: string): Promise<unknown>
  __gongkaiHardened?: boolean
}

export class Mutex {
  #tail: Promise<void> = Promise.resolve()
  #waiting = 0

  /** Resolves with a release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const previous = this.#tail
    this.#tail = previous.then(() => held)
    this.#waiting += 1
    return previous.then(() => {
      this.#waiting -= 1
      let released = false
      return () => {
        if (!released) {
          released = true
          release()
        }
      }
    })
  }

  get waiting(): number {
    return this.#waiting
  }
}

export function hardenSqliteClient(client: LibsqlClient, busyTimeoutMs: number): void {
  if (client.__gongkaiHardened) return
  client.__gongkaiHardened = true
  const mutex = new Mutex()
  const begin = client.transaction.bind(client)
  client.transaction = async (mode?: string) => {
    const release = await mutex.acquire()
    let tx: Tx
    try {
      tx = await begin(mode)
      await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      // NB: @libsql/client opens a fresh connection for each transaction and never closes it (it
      // stays open, page cache and all, until garbage collection finalises it): a larger
      // cache_size here multiplied that memory (4.4 GB RSS while building a 100k search index).
    } catch (err) {
      release()
      throw err
    }
    const commit = tx.commit.bind(tx)
    const rollback = tx.rollback.bind(tx)
    const close = tx.close.bind(tx)
    tx.commit = () => commit().finally(release)
    tx.rollback = () => rollback().finally(release)
    tx.close = () => {
      try {
        close()
      } finally {
        release()
      }
    }
    return tx
  }
}
