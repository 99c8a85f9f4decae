#!/usr/bin/env node
/**
 * npm run bench:soak — a mixed load on the real server for minutes, on PostgreSQL (issue 9, 5):
 * public reads (lists and documents), searches, and staff writing and publishing policies through
 * the whole workflow (author creates and edits, reviewer approves, publisher publishes), all at
 * once. Prints throughput, p50/p99 and errors per kind, the server's memory after the warm-up and
 * at the end, and checks that every publication the server acknowledged is public afterwards.
 *
 * The server is `node dist/server.mjs` (what npm start runs) with the demo content, in its own
 * process; its memory is read from /proc. The load comes from this process over 127.0.0.1.
 *
 *   SOAK_SECONDS=300        length of the measured run, after SOAK_WARMUP_SECONDS of the same load
 *   SOAK_WARMUP_SECONDS=60  (caches, JIT and connection pools fill first: memory is compared after it)
 *   SOAK_READERS=12 SOAK_SEARCHERS=4 SOAK_WRITERS=2   concurrent clients of each kind
 *   DATABASE_URL=postgres://…   use this PostgreSQL instead of starting a private one
 *
 * Targets: zero errors, zero lost writes, memory growth under 10 % (end over start, each read
 * after two forced full garbage collections through the server's inspector, for both the resident
 * set and the JS heap). Exit code 1 when a target is missed or the run failed.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

/* global fetch */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const say = (line) => process.stderr.write(`${line}\n`)
const num = (name, fallback) => Number(process.env[name] || fallback)

const SECONDS = num('SOAK_SECONDS', 300)
const WARMUP = num('SOAK_WARMUP_SECONDS', 60)
const READERS = num('SOAK_READERS', 12)
const SEARCHERS = num('SOAK_SEARCHERS', 4)
const WRITERS = num('SOAK_WRITERS', 2)
const TARGET = { errors: 0, lost: 0, growth: 0.1 }
const ADMIN_PASSWORD = 'soak test operator passphrase 2026'
const TERMS = [
  '许可',
  '食品',
  '政策',
  '管理办法',
  '行政处罚',
  '通知',
  '营业执照',
  '市场监督',
  '办法',
  '公开',
]

const cleanups = []
process.on('exit', () => {
  for (const c of cleanups.reverse()) {
    try {
      c()
    } catch (err) {
      say(String(err))
    }
  }
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

/** The server's resident memory in MB, from /proc. */
function rssOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024
}

async function startServer(databaseUrl, dir) {
  // The inspector (on 127.0.0.1, a random port) lets the benchmark force a full garbage
  // collection before reading memory, so start and end compare live memory, not V8's lazy heap.
  const args = ['--conditions=production', '--inspect=127.0.0.1:0', 'dist/server.mjs']
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: path.join(dir, 'data'),
      MEDIA_DIR: path.join(dir, 'media'),
      GONGKAI_ADMIN: 'false',
      SEED_DEMO: 'true',
      ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      PUBLIC_RATE_LIMIT: '10000000',
      LOGIN_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let err = ''
  child.stderr.on('data', (d) => (err += d))
  cleanups.push(() => child.kill('SIGKILL'))
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${err}`)), 300_000)
    child.stderr.on('data', () => {
      const m = /Gongkai is running on (http:\/\/\S+)/.exec(err)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${err}`)))
  })
  const inspector = /Debugger listening on (ws:\/\/\S+)/.exec(err)?.[1]
  if (!inspector) throw new Error(`the server printed no inspector address:\n${err}`)
  const accounts = {}
  for (const m of err.matchAll(/^ {4}demo (author|reviewer|publisher) +\S+ +(\S+@\S+) +(\S.*)$/gm))
    accounts[m[1]] = { email: m[2], password: m[3].trim() }
  return { child, url, accounts, inspector, stderr: () => err }
}

/**
 * The server's memory after two forced full garbage collections, through its inspector:
 * { rss, heapUsed, external } in MB. What is left is what the server holds on to.
 */
async function settledMemory(inspectorUrl) {
  const { WebSocket } = await import('ws')
  const socket = new WebSocket(inspectorUrl)
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  let next = 0
  const pending = new Map()
  socket.on('message', (data) => {
    const msg = JSON.parse(String(data))
    if (msg.id !== undefined && pending.has(msg.id)) {
      pending.get(msg.id)(msg)
      pending.delete(msg.id)
    }
  })
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next
      pending.set(id, (msg) => (msg.error ? reject(new Error(msg.error.message)) : resolve(msg)))
      socket.send(JSON.stringify({ id, method, params }))
    })
  try {
    await send('HeapProfiler.collectGarbage')
    await send('HeapProfiler.collectGarbage')
    const res = await send('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })
    const usage = JSON.parse(res.result.result.value)
    const mb = (n) => n / 1024 / 1024
    return { rss: mb(usage.rss), heapUsed: mb(usage.heapUsed), external: mb(usage.external) }
  } finally {
    socket.close()
  }
}

/** Latencies and outcomes of one kind of request. */
class Tally {
  ms = []
  errors = 0
  examples = []
  add(ms, ok, what) {
    this.ms.push(ms)
    if (!ok) {
      this.errors++
      if (this.examples.length < 5) this.examples.push(what)
    }
  }
  quantile(q) {
    if (!this.ms.length) return null
    const sorted = [...this.ms].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-soak-'))
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  let databaseUrl = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
    ? process.env.DATABASE_URL
    : null
  if (!databaseUrl) {
    const { startBenchPostgres } = await import(path.join(root, 'dist/bench-search.mjs'))
    const pg = await startBenchPostgres(null)
    cleanups.push(pg.stop)
    databaseUrl = pg.url.replace(/gongkai_bench$/, 'gongkai_soak')
  }
  say(`PostgreSQL at ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}; starting the server …`)
  const server = await startServer(databaseUrl, dir)
  const base = server.url
  for (const role of ['author', 'reviewer', 'publisher'])
    if (!server.accounts[role])
      throw new Error(`no demo ${role} account printed:\n${server.stderr()}`)

  const json = async (method, url, token, body) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await res.text()
    let parsed = null
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON (an error page): kept as null
    }
    return { status: res.status, body: parsed }
  }
  const login = async (who) => {
    const res = await json('POST', '/api/users/login', null, who)
    if (res.status !== 200) throw new Error(`login ${who.email}: ${res.status}`)
    return res.body.token
  }
  const tokens = {
    author: await login(server.accounts.author),
    reviewer: await login(server.accounts.reviewer),
    publisher: await login(server.accounts.publisher),
  }
  const me = await json('GET', '/api/users/me', tokens.author)
  const membership = me.body.user.memberships.find((m) => m.roles.includes('author'))
  const department = membership.department?.id ?? membership.department

  // Known public documents to read (refreshed as new ones are published).
  const uids = []
  const first = await json('GET', '/api/v1/documents?pageSize=100', null)
  for (const d of first.body.data) uids.push(d.uid)
  say(`${uids.length} public documents to start with; demo accounts signed in`)

  const tallies = {
    list: new Tally(),
    document: new Tally(),
    search: new Tally(),
    'staff edit': new Tally(),
    publish: new Tally(),
  }
  const acknowledged = []
  let measuring = false
  let stop = false
  const timed = async (kind, fn) => {
    const t0 = performance.now()
    let ok = false
    let what = ''
    try {
      const res = await fn()
      ok = res.ok
      what = res.what ?? ''
    } catch (err) {
      what = String(err?.message ?? err)
    }
    if (measuring) tallies[kind].add(performance.now() - t0, ok, what)
    return ok
  }
  const pick = (list) => list[Math.floor(Math.random() * list.length)]

  const reader = async () => {
    while (!stop) {
      if (Math.random() < 0.4) {
        await timed('list', async () => {
          const page = 1 + Math.floor(Math.random() * 5)
          const res = await json('GET', `/api/v1/documents?pageSize=20&page=${page}`)
          return { ok: res.status === 200, what: `list ${res.status}` }
        })
      } else {
        const uid = pick(uids)
        await timed('document', async () => {
          const res = await json('GET', `/api/v1/documents/${uid}`)
          return { ok: res.status === 200 || res.status === 410, what: `document ${res.status}` }
        })
      }
    }
  }
  const searcher = async () => {
    while (!stop) {
      await timed('search', async () => {
        const q = encodeURIComponent(pick(TERMS))
        const res = await json('GET', `/api/v1/search?q=${q}&pageSize=20`)
        return { ok: res.status === 200, what: `search ${res.status}` }
      })
    }
  }
  let serial = 0
  const writer = async (w) => {
    while (!stop) {
      const n = ++serial
      const title = `耐久测试政策 ${w}-${n} ${Date.now()}`
      let id = null
      const created = await timed('staff edit', async () => {
        const res = await json('POST', '/api/policies', tokens.author, {
          title,
          summary: `${title}的摘要`,
          department,
          validity: 'valid',
          body: lexical(`${title}正文。`),
        })
        id = res.body?.doc?.id ?? null
        return { ok: res.status === 201 && id !== null, what: `create ${res.status}` }
      })
      if (!created) continue
      const edited = await timed('staff edit', async () => {
        const res = await json('PATCH', `/api/policies/${id}`, tokens.author, {
          summary: `${title}的摘要（修改）`,
        })
        return { ok: res.status === 200, what: `edit ${res.status}` }
      })
      if (!edited) continue
      let uid = null
      const published = await timed('publish', async () => {
        for (const [who, action] of [
          ['author', 'submit'],
          ['reviewer', 'approve'],
          ['publisher', 'publish'],
        ]) {
          const res = await json('POST', `/api/policies/${id}/workflow`, tokens[who], { action })
          if (res.status !== 200) return { ok: false, what: `${action} ${res.status}` }
          uid = res.body?.uid ?? uid
        }
        return { ok: true }
      })
      if (published) {
        if (!uid) uid = (await json('GET', `/api/policies/${id}`, tokens.author)).body?.uid
        acknowledged.push({ id, uid, title })
        uids.push(uid)
      }
    }
  }

  const workers = [
    ...Array.from({ length: READERS }, reader),
    ...Array.from({ length: SEARCHERS }, searcher),
    ...Array.from({ length: WRITERS }, (_, i) => writer(i + 1)),
  ]
  say(
    `warm-up: ${WARMUP} s at full load (${READERS} readers, ${SEARCHERS} searchers, ${WRITERS} writers) …`,
  )
  await new Promise((r) => setTimeout(r, WARMUP * 1000))
  const settledStart = await settledMemory(server.inspector)
  const rssStart = rssOf(server.child.pid)
  let rssPeak = rssStart
  const acknowledgedBefore = acknowledged.length
  measuring = true
  const started = performance.now()
  say(`measuring for ${SECONDS} s; server RSS ${rssStart.toFixed(1)} MB`)
  const sampler = setInterval(() => {
    const rss = rssOf(server.child.pid)
    rssPeak = Math.max(rssPeak, rss)
    const s = Math.round((performance.now() - started) / 1000)
    const done = Object.values(tallies).reduce((a, t) => a + t.ms.length, 0)
    say(`  ${s} s: ${done} requests, RSS ${rss.toFixed(1)} MB, ${acknowledged.length} published`)
  }, 30_000)
  await new Promise((r) => setTimeout(r, SECONDS * 1000))
  measuring = false
  const elapsed = (performance.now() - started) / 1000
  const rssEnd = rssOf(server.child.pid)
  rssPeak = Math.max(rssPeak, rssEnd)
  const settledEnd = await settledMemory(server.inspector)
  clearInterval(sampler)
  stop = true
  await Promise.all(workers)

  // Every acknowledged publication is public: none lost.
  const lost = []
  for (const a of acknowledged) {
    const res = await json('GET', `/api/v1/documents/${a.uid}`)
    const doc = res.body?.data ?? res.body
    if (res.status !== 200 || doc?.title !== a.title) lost.push(`${a.uid} (${res.status})`)
  }
  const report = {
    elapsed,
    tallies,
    rssStart,
    rssPeak,
    rssEnd,
    settledStart,
    settledEnd,
    published: acknowledged.length - acknowledgedBefore,
    acknowledged: acknowledged.length,
    lost,
  }
  process.stdout.write(`${table(report)}\n`)
  const errors = Object.values(tallies).reduce((a, t) => a + t.errors, 0)
  if (errors > TARGET.errors || lost.length > TARGET.lost || !memoryMet(report))
    process.exitCode = 1
}

function lexical(text) {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          textFormat: 0,
          children: [
            { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
          ],
        },
      ],
    },
  }
}

const f0 = (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en'))
const f1 = (n) => (n === null || n === undefined ? '–' : n.toFixed(1))

/** Growth under the target for both the resident set and the JS heap, each after a full GC. */
function memoryMet(r) {
  const grew = (a, b) => b / a - 1
  return (
    grew(r.settledStart.rss, r.settledEnd.rss) < TARGET.growth &&
    grew(r.settledStart.heapUsed, r.settledEnd.heapUsed) < TARGET.growth
  )
}

function table(r) {
  const out = []
  out.push(
    `Soak: ${f0(r.elapsed)} s of mixed load on PostgreSQL after a ${WARMUP} s warm-up; ${READERS} readers, ${SEARCHERS} searchers, ${WRITERS} writers; ${os.cpus().length} CPUs, Node ${process.version}`,
  )
  out.push('')
  const head = ['kind', 'requests', 'per second', 'p50 ms', 'p99 ms', 'errors']
  const rows = Object.entries(r.tallies).map(([kind, t]) => [
    kind,
    f0(t.ms.length),
    f1(t.ms.length / r.elapsed),
    f1(t.quantile(0.5)),
    f1(t.quantile(0.99)),
    f0(t.errors),
  ])
  const all = Object.values(r.tallies)
  const total = all.reduce((a, t) => a + t.ms.length, 0)
  const merged = new Tally()
  merged.ms = all.flatMap((t) => t.ms)
  rows.push([
    'all',
    f0(total),
    f1(total / r.elapsed),
    f1(merged.quantile(0.5)),
    f1(merged.quantile(0.99)),
    f0(all.reduce((a, t) => a + t.errors, 0)),
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((x) => String(x[i]).length)))
  const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  out.push(fmt(head))
  out.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const x of rows) out.push(fmt(x))
  out.push('')
  out.push(
    "('publish' is one policy through submit, approve and publish: three requests; 'staff edit' a create or an edit.)",
  )
  const pct = (a, b) => `${((b / a - 1) * 100).toFixed(1)} %`
  out.push(
    `Server memory, as the load runs (RSS): ${f1(r.rssStart)} MB after the warm-up, ${f1(r.rssPeak)} MB at most, ${f1(r.rssEnd)} MB at the end (${pct(r.rssStart, r.rssEnd)}; not judged: V8 collects lazily)`,
  )
  const s0 = r.settledStart
  const s1 = r.settledEnd
  out.push(
    `Server memory after a forced full GC: RSS ${f1(s0.rss)} → ${f1(s1.rss)} MB (${pct(s0.rss, s1.rss)}), JS heap used ${f1(s0.heapUsed)} → ${f1(s1.heapUsed)} MB (${pct(s0.heapUsed, s1.heapUsed)}), external ${f1(s0.external)} → ${f1(s1.external)} MB`,
  )
  out.push(
    `Memory growth, start to end, after GC (target < ${TARGET.growth * 100} % for both RSS and heap): ${memoryMet(r) ? 'met' : 'MISSED'}`,
  )
  const errors = all.reduce((a, t) => a + t.errors, 0)
  out.push(`Errors: ${errors} (target 0): ${errors === 0 ? 'met' : 'MISSED'}`)
  for (const [kind, t] of Object.entries(r.tallies))
    for (const e of t.examples) out.push(`  ${kind}: ${e}`)
  out.push(
    `Publications acknowledged: ${r.acknowledged} (${r.published} while measuring); public afterwards: ${r.acknowledged - r.lost.length}; lost: ${r.lost.length} (target 0): ${r.lost.length === 0 ? 'met' : 'MISSED'}`,
  )
  for (const l of r.lost.slice(0, 10)) out.push(`  lost: ${l}`)
  return out.join('\n')
}

await main()
process.exit(process.exitCode ?? 0)
