/**
 * Makes libsql's local SQLite client safe and frugal for Payload transactions in a Node server.
 *
 * 1. libsql runs statements synchronously. If two requests of one process both open a write
 *    transaction, the second BEGIN IMMEDIATE would wait for the lock *blocking the event loop*
 *    that the first needs to commit: a deadlock until busy_timeout. So write transactions of one
 *    process queue here, in JavaScript, and only other processes ever wait on SQLite's lock.
 * 2. `client.transaction()` of @libsql/client hands its connection to the transaction, opens a
 *    fresh one for later statements, and never closes the old one: it stays open, page cache and
 *    all, until garbage collection happens to finalise it (a 20,000-row import grew the process
 *    by 320 MB, one abandoned connection per batch; building a 100k search index, 4.4 GB). With
 *    a writer (a second client of the same file), every transaction runs on that one long-lived
 *    connection instead: transactions are serialised by the queue anyway, so one is enough, and
 *    its page cache is reused from one transaction to the next rather than rebuilt and leaked.
 *    Without a writer (an in-memory database: a second connection would be another database)
 *    the client's own transactions are used, with busy_timeout set again on the new connection.
 */
type ResultSet = unknown
type Statement = string | { sql: string; args?: unknown }
type Tx = {
  execute(statement: Statement): Promise<ResultSet>
  batch?(statements: Statement[]): Promise<ResultSet[]>
  executeMultiple?(sql: string): Promise<void>
  commit(): Promise<void>
  rollback(): Promise<void>
  close(): void
  readonly closed?: boolean
}
type LibsqlClient = {
  transaction(mode?: string): Promise<Tx>
  execute(statement: Statement): Promise<ResultSet>
  close(): void
  __gongkaiHardened?: boolean
}

/** What @libsql/client runs to begin a transaction of each mode. */
export function beginStatement(mode: string | undefined): string {
  if (mode === 'read') return 'BEGIN TRANSACTION READONLY'
  if (mode === 'deferred') return 'BEGIN DEFERRED'
  return 'BEGIN IMMEDIATE'
}

class TransactionClosedError extends Error {
  code = 'TRANSACTION_CLOSED'
  constructor() {
    super('The transaction is closed')
  }
}

/** A transaction on the long-lived writer connection; `release` lets the next one begin. */
function writerTransaction(writer: LibsqlClient, release: () => void): Tx {
  let open = true
  const check = () => {
    if (!open) throw new TransactionClosedError()
  }
  const finish = async (statement: string) => {
    if (!open) return
    open = false
    try {
      await writer.execute(statement)
    } finally {
      release()
    }
  }
  return {
    async execute(statement) {
      check()
      return writer.execute(statement)
    },
    async batch(statements) {
      check()
      const out: ResultSet[] = []
      for (const statement of statements) out.push(await writer.execute(statement))
      return out
    },
    async executeMultiple() {
      // The client's executeMultiple rolls back an open transaction when it ends: never here.
      throw new Error('executeMultiple is not supported inside a transaction')
    },
    commit: () => finish('COMMIT'),
    rollback: () => finish('ROLLBACK'),
    close() {
      // After commit or rollback this does nothing; an abandoned transaction is rolled back.
      if (open) void finish('ROLLBACK').catch(() => {})
    },
    get closed() {
      return !open
    },
  }
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

export function hardenSqliteClient(
  client: LibsqlClient,
  busyTimeoutMs: number,
  openWriter?: () => LibsqlClient,
): void {
  if (client.__gongkaiHardened) return
  client.__gongkaiHardened = true
  const mutex = new Mutex()
  const begin = client.transaction.bind(client)
  let writer: LibsqlClient | null = null
  if (openWriter) {
    const close = client.close.bind(client)
    client.close = () => {
      try {
        writer?.close()
      } finally {
        writer = null
        close()
      }
    }
  }
  client.transaction = async (mode?: string) => {
    const release = await mutex.acquire()
    if (openWriter) {
      try {
        if (!writer) {
          writer = openWriter()
          await writer.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
        }
        await writer.execute(beginStatement(mode))
      } catch (err) {
        release()
        throw err
      }
      return writerTransaction(writer, release)
    }
    let tx: Tx
    try {
      tx = await begin(mode)
      await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
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
