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
 * 3. A write outside any transaction runs on the client's own connection. While this process's
 *    writer holds SQLite's write lock, such a write would wait for it synchronously, blocking the
 *    event loop the lock's holder needs to finish: a deadlock until busy_timeout. Payload does
 *    this on purpose in forgot-password (it reserves the request interval outside the operation's
 *    transaction, which it has already opened): every reset request failed after 10 s. So the
 *    writer takes the lock lazily, with its first statement (BEGIN IMMEDIATE then, as before: no
 *    statement of a transaction runs without the lock), and a write outside a transaction waits
 *    (asynchronously) while a transaction of this process holds the lock.
 */
import type { Config } from '@libsql/client'
import { Sqlite3Client } from '@libsql/client/sqlite3'
import { expandConfig } from '@libsql/core/config'
import Database from 'libsql'

type ResultSet = unknown
type Statement = string | { sql: string; args?: unknown }

/** A prepared statement of the libsql driver (better-sqlite3's interface). */
export type RawStatement = {
  run(args: unknown[]): { changes: number; lastInsertRowid: number | bigint }
  all(args: unknown[]): unknown[]
  raw(toggle?: boolean): RawStatement
}
/** A libsql driver connection. */
type RawDatabase = { prepare(sql: string): RawStatement; close(): void }

/**
 * The writer's own driver connection inside a transaction (BEGIN sent), with its prepared
 * statements kept: bulk writes (src/import/bulk.ts, the search index) run the same few statements
 * thousands of times a batch, and @libsql/client prepares every statement again each time and
 * wraps every row it returns. Values are bound as the driver binds them (no booleans: 0 or 1).
 */
export type DirectConnection = {
  /** The prepared statement for `sql` (prepared on first use, then kept). */
  statement(sql: string): RawStatement
}

/** Prepared statements kept per connection (the bulk paths use a few dozen shapes). */
const STATEMENTS_KEPT = 200

/** The driver connections under writer clients (openWriterClient), by client. */
const rawOfClient = new WeakMap<object, RawDatabase>()

/**
 * The writer's driver connection of a drizzle transaction on a hardened client (`db` is the
 * transaction's drizzle handle), its transaction begun; null elsewhere (no writer, no transaction).
 */
export async function directOf(db: any): Promise<DirectConnection | null> {
  const tx = db?.session?.tx
  return typeof tx?.direct === 'function' ? await tx.direct() : null
}

/** A statement cache over a driver connection: least recently used statements go first. */
export function statementCache(db: RawDatabase, kept = STATEMENTS_KEPT): DirectConnection {
  const statements = new Map<string, RawStatement>()
  return {
    statement(sql) {
      let statement = statements.get(sql)
      if (statement) {
        statements.delete(sql)
      } else {
        statement = db.prepare(sql)
        if (statements.size >= kept) statements.delete(statements.keys().next().value!)
      }
      statements.set(sql, statement)
      return statement
    },
  }
}

/**
 * A @libsql/client client for a writer whose driver connection this module can reach (the
 * client's own is private): the same client _createClient builds, over a connection opened here.
 */
export function openWriterClient(config: Config): LibsqlClient {
  const expanded = expandConfig(config, true)
  const options = {
    authToken: expanded.authToken,
    encryptionKey: expanded.encryptionKey,
    syncUrl: expanded.syncUrl,
    syncPeriod: expanded.syncInterval,
  }
  const raw = new Database(expanded.path, options as any) as unknown as RawDatabase
  const client = new Sqlite3Client(
    expanded.path,
    options as any,
    raw as any,
    expanded.intMode,
  ) as unknown as LibsqlClient
  rawOfClient.set(client, raw)
  return client
}

type Tx = {
  execute(statement: Statement): Promise<ResultSet>
  /** The writer's driver connection, the transaction begun (writers of openWriterClient only). */
  direct?(): Promise<DirectConnection>
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
  /** Closes the writer connection between transactions; the next transaction opens a new one. */
  __gongkaiReopenWriter?: () => Promise<void>
}

/**
 * Makes the next transaction of a hardened client open a new writer connection. SQLite reads a
 * connection's planner statistics when it opens and keeps them: after sqlite_stat1 changed
 * (refreshStatistics), only new connections plan with the new statistics.
 */
export async function reopenWriter(client: unknown): Promise<void> {
  await (client as LibsqlClient | undefined)?.__gongkaiReopenWriter?.()
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

/** Whether this process's writer holds SQLite's write lock, and when it lets go. */
export class WriteLock {
  #held: Promise<void> | null = null
  #let: (() => void) | null = null

  take() {
    this.#held = new Promise((resolve) => (this.#let = resolve))
  }

  free() {
    this.#let?.()
    this.#held = null
    this.#let = null
  }

  /** Resolves once the lock is not held (at once when it is not), or after `ms` at most. */
  async whenFree(ms: number): Promise<void> {
    if (!this.#held) return
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      this.#held,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
    ])
    clearTimeout(timer)
  }

  get held(): boolean {
    return this.#held !== null
  }
}

/** Statements that write (drizzle's and Payload's start with their verb). */
const WRITE = /^\s*(insert|update|delete|replace)\b/i
const sqlOf = (statement: Statement) => (typeof statement === 'string' ? statement : statement.sql)
export const isWrite = (statement: Statement) => WRITE.test(sqlOf(statement))

/**
 * A transaction on the long-lived writer connection; `release` lets the next one begin. BEGIN is
 * sent with the first statement.
 */
function writerTransaction(
  writer: LibsqlClient,
  release: () => void,
  begin: string,
  lock: WriteLock,
  direct: DirectConnection | undefined,
): Tx {
  let open = true
  let begun = false
  const check = () => {
    if (!open) throw new TransactionClosedError()
  }
  const start = async () => {
    check()
    if (!begun) {
      await writer.execute(begin)
      begun = true
      lock.take()
    }
  }
  const run = async (statement: Statement) => {
    await start()
    return writer.execute(statement)
  }
  const finish = async (statement: string) => {
    if (!open) return
    open = false
    try {
      if (begun) await writer.execute(statement)
    } finally {
      if (begun) lock.free()
      release()
    }
  }
  return {
    execute: run,
    ...(direct
      ? {
          async direct() {
            await start()
            return direct
          },
        }
      : {}),
    async batch(statements) {
      const out: ResultSet[] = []
      for (const statement of statements) out.push(await run(statement))
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
  let direct: DirectConnection | undefined
  const lock = new WriteLock()
  if (openWriter) {
    // A write outside a transaction waits while this process's transaction holds the lock.
    const execute = client.execute.bind(client)
    client.execute = async (statement) => {
      if (lock.held && isWrite(statement)) await lock.whenFree(busyTimeoutMs)
      return execute(statement)
    }
    const close = client.close.bind(client)
    client.close = () => {
      try {
        writer?.close()
      } finally {
        writer = null
        direct = undefined
        close()
      }
    }
  }
  client.__gongkaiReopenWriter = async () => {
    const release = await mutex.acquire()
    try {
      writer?.close()
    } finally {
      writer = null
      direct = undefined
      release()
    }
  }
  client.transaction = async (mode?: string) => {
    const release = await mutex.acquire()
    if (openWriter) {
      try {
        if (!writer) {
          writer = openWriter()
          await writer.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
          const raw = rawOfClient.get(writer)
          direct = raw ? statementCache(raw) : undefined
        }
      } catch (err) {
        release()
        throw err
      }
      return writerTransaction(writer, release, beginStatement(mode), lock, direct)
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
