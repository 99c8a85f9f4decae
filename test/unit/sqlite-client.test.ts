/**
 * The hardened SQLite client on a real file: with a writer, every transaction runs on one
 * long-lived connection (no connection abandoned per transaction), commits and rollbacks do what
 * they say, transactions of one process run one at a time, and a finished one refuses statements.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'

import {
  beginStatement,
  hardenSqliteClient,
  isWrite,
  openWriterClient,
  reopenWriter,
  statementCache,
} from '../../src/db/sqlite-client'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function open() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-sqlite-'))
  dirs.push(dir)
  const url = `file:${path.join(dir, 'test.db')}`
  const client = createClient({ url })
  const writers: any[] = []
  hardenSqliteClient(client as any, 1000, () => {
    const writer = createClient({ url })
    writers.push(writer)
    return writer as any
  })
  return { client, writers }
}

const count = async (client: any) =>
  Number((await client.execute('SELECT COUNT(*) AS n FROM t')).rows[0].n)

describe('hardenSqliteClient with a writer', () => {
  it('runs every transaction on one writer connection; commit keeps, rollback discards', async () => {
    const { client, writers } = open()
    await client.execute('CREATE TABLE t (v INTEGER)')
    for (let i = 0; i < 5; i++) {
      const tx = await client.transaction('write')
      await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [i] })
      if (i % 2) await tx.rollback()
      else await tx.commit()
      tx.close()
    }
    expect(writers).toHaveLength(1)
    expect(await count(client)).toBe(3)
    client.close()
    expect(writers[0].closed).toBe(true)
  })

  it('runs the transactions of one process one at a time, in order', async () => {
    const { client } = open()
    await client.execute('CREATE TABLE t (v INTEGER)')
    const order: string[] = []
    const work = async (name: string, ms: number) => {
      const tx = await client.transaction('write')
      order.push(`${name}:begin`)
      await new Promise((r) => setTimeout(r, ms))
      await tx.execute('INSERT INTO t (v) VALUES (1)')
      order.push(`${name}:commit`)
      await tx.commit()
    }
    await Promise.all([work('a', 20), work('b', 1)])
    expect(order).toEqual(['a:begin', 'a:commit', 'b:begin', 'b:commit'])
    expect(await count(client)).toBe(2)
    client.close()
  })

  it('refuses statements after the end; an abandoned transaction is rolled back', async () => {
    const { client } = open()
    await client.execute('CREATE TABLE t (v INTEGER)')
    const done = await client.transaction('write')
    await done.commit()
    await expect(done.execute('INSERT INTO t (v) VALUES (1)')).rejects.toThrow(/closed/)
    const abandoned = await client.transaction('write')
    await abandoned.execute('INSERT INTO t (v) VALUES (2)')
    abandoned.close()
    // The next transaction can begin: the abandoned one let go of the writer.
    const next = await client.transaction('write')
    await next.execute('INSERT INTO t (v) VALUES (3)')
    await next.commit()
    expect((await client.execute('SELECT v FROM t')).rows.map((r: any) => Number(r.v))).toEqual([3])
    client.close()
  })
})

describe('reopenWriter', () => {
  it('makes the next transaction open a new writer; the old one is closed', async () => {
    const { client, writers } = open()
    await client.execute('CREATE TABLE t (v INTEGER)')
    const first = await client.transaction('write')
    // A temporary table lives on its connection only.
    await first.execute('CREATE TEMP TABLE mine (v INTEGER)')
    await first.commit()
    first.close()
    const again = await client.transaction('write')
    expect(
      (await again.execute("SELECT name FROM temp.sqlite_master WHERE name = 'mine'")).rows,
    ).toHaveLength(1)
    await again.commit()
    again.close()
    expect(writers).toHaveLength(1)

    await reopenWriter(client)
    expect(writers[0].closed).toBe(true)
    const fresh = await client.transaction('write')
    expect(
      (await fresh.execute("SELECT name FROM temp.sqlite_master WHERE name = 'mine'")).rows,
    ).toHaveLength(0)
    await fresh.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [1] })
    await fresh.commit()
    fresh.close()
    expect(writers).toHaveLength(2)
    expect(await count(client)).toBe(1)
    client.close()
  })

  it('waits for the transaction in progress', async () => {
    const { client, writers } = open()
    await client.execute('CREATE TABLE t (v INTEGER)')
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [1] })
    let reopened = false
    const reopening = reopenWriter(client).then(() => (reopened = true))
    await new Promise((r) => setTimeout(r, 50))
    expect(reopened).toBe(false)
    await tx.commit()
    tx.close()
    await reopening
    expect(writers[0].closed).toBe(true)
    expect(await count(client)).toBe(1)
    client.close()
  })

  it('does nothing on a client that was not hardened', async () => {
    await expect(reopenWriter(undefined)).resolves.toBeUndefined()
    await expect(reopenWriter({})).resolves.toBeUndefined()
  })
})

describe('the writer’s direct connection (openWriterClient)', () => {
  function openDirect() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-sqlite-'))
    dirs.push(dir)
    const url = `file:${path.join(dir, 'test.db')}`
    const client = createClient({ url })
    hardenSqliteClient(client as any, 1000, () => openWriterClient({ url }) as any)
    return client
  }

  it('writes in the transaction: committed rows stay, rolled-back rows go', async () => {
    const client = openDirect()
    await client.execute('CREATE TABLE t (v INTEGER)')
    for (const [v, keep] of [
      [1, true],
      [2, false],
      [3, true],
    ] as const) {
      const tx: any = await client.transaction('write')
      const direct = await tx.direct()
      direct.statement('INSERT INTO t (v) VALUES (?)').run([v])
      await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [v * 10] })
      if (keep) await tx.commit()
      else await tx.rollback()
      tx.close()
    }
    const rows = (await client.execute('SELECT v FROM t ORDER BY v')).rows.map((r: any) => r.v)
    expect(rows).toEqual([1, 3, 10, 30])
    client.close()
  })
})

describe('statementCache', () => {
  it('prepares each text once and drops the least recently used beyond its size', () => {
    const prepared: string[] = []
    const db = {
      prepare: (text: string) => {
        prepared.push(text)
        return { text } as any
      },
      close: () => {},
    }
    const cache = statementCache(db, 2)
    const a1 = cache.statement('A')
    cache.statement('B')
    expect(cache.statement('A')).toBe(a1)
    cache.statement('C') // evicts B, the least recently used
    expect(cache.statement('A')).toBe(a1)
    cache.statement('B')
    expect(prepared).toEqual(['A', 'B', 'C', 'B'])
  })
})

describe('writes outside a transaction (Payload reserves a reset request outside its own)', () => {
  it('a transaction that has run nothing yet does not hold the lock', async () => {
    const { client } = open()
    await client.execute('CREATE TABLE t (v INTEGER)')
    const tx = await client.transaction('write')
    const started = performance.now()
    // As forgot-password does: a write outside the open transaction, awaited inside it.
    await client.execute('INSERT INTO t (v) VALUES (1)')
    expect(performance.now() - started).toBeLessThan(500)
    await tx.execute('INSERT INTO t (v) VALUES (2)')
    await tx.commit()
    expect(await count(client)).toBe(2)
    client.close()
  })

  it('a write outside waits for the transaction holding the lock, without blocking it', async () => {
    const { client } = open()
    await client.execute('CREATE TABLE t (v INTEGER)')
    const tx = await client.transaction('write')
    await tx.execute('INSERT INTO t (v) VALUES (1)')
    const order: string[] = []
    const outside = client.execute('INSERT INTO t (v) VALUES (2)').then(() => order.push('outside'))
    // The event loop runs on: the transaction goes on and commits first.
    await new Promise((r) => setTimeout(r, 50))
    await tx.execute('INSERT INTO t (v) VALUES (3)')
    order.push('commit')
    await tx.commit()
    await outside
    expect(order).toEqual(['commit', 'outside'])
    expect(await count(client)).toBe(3)
    // Reads never wait.
    const reader = await client.transaction('write')
    await reader.execute('INSERT INTO t (v) VALUES (4)')
    expect(await count(client)).toBe(3)
    await reader.rollback()
    client.close()
  })
})

describe('isWrite', () => {
  it.each([
    ['insert into t values (1)', true],
    ['  UPDATE "users" set a = 1', true],
    ['delete from t', true],
    ['REPLACE INTO t VALUES (1)', true],
    ['select * from t', false],
    ['PRAGMA busy_timeout = 1', false],
    ['with x as (select 1) select * from x', false],
  ])('%s → %s', (sql, write) => {
    expect(isWrite({ sql, args: [] })).toBe(write)
    expect(isWrite(sql)).toBe(write)
  })
})

describe('beginStatement', () => {
  it.each([
    ['write', 'BEGIN IMMEDIATE'],
    [undefined, 'BEGIN IMMEDIATE'],
    ['deferred', 'BEGIN DEFERRED'],
    ['read', 'BEGIN TRANSACTION READONLY'],
  ])('%s → %s', (mode, statement) => {
    expect(beginStatement(mode)).toBe(statement)
  })
})
