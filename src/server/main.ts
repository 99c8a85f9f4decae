import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { RequestHandler } from 'express'
import { getPayload, type Payload } from 'payload'

import { buildGongkaiConfig } from '../config/build-config'
import {
  PUBLIC_API_DEFAULTS,
  SCHEDULER_DEFAULTS,
  type Settings,
  WEBHOOK_DEFAULTS,
} from '../config/settings'
import { closeDatabase, prepareDatabase, refreshStatistics } from '../db/lifecycle'
import { runMigrations } from '../db/migrate'
import { migrationsFor } from '../db/migrations'
import type { Logger } from '../logger'
import { projectRoot } from '../paths'
import { MemoryStore } from 'express-rate-limit'

import { PUBLIC_CACHE_DEFAULTS, PublicState } from '../public-api/cache'
import { fastLane, setFallThrough } from '../public-api/fast-lane'
import { RATE_WINDOW_MS } from '../public-api/guard'
import { adminPasswordProblem } from '../auth/password-policy'
import { SchedulerRunner } from '../scheduler/runner'
import { startReminders } from '../clocks/reminders'
import { startIntegrityChecks } from '../integrity/verify'
import { DEFAULT_RETRY } from '../webhooks/backoff'
import { DISPATCHER_DEFAULTS, WebhookDispatcher } from '../webhooks/dispatcher'
import { sealStoredSecrets } from '../webhooks/secret-box'
import { closeSharedRawReader } from '../db/raw-reader'
import { seedOnFirstStart } from '../seed'
import { validateInWorker } from '../import/in-worker'
import { installRowSource } from '../import/row-source'
import { startImportRuns } from '../import/runs'
import { adminBuildIsCurrent, buildAdmin } from './admin-build'
import { createApp } from './app'

/** A start-up failure the operator can fix; the entry prints it in one line and exits 2. */
export class StartupError extends Error {
  override name = 'StartupError'
}

export type StartOptions = {
  settings: Settings
  secret: string
  logger: Logger
  dev?: boolean
  testRoutes?: boolean
  /** Human-readable progress (stderr); stdout carries only JSON log lines. */
  say?: (line: string) => void
}

export type RunningServer = {
  url: string
  server: http.Server
  payload: Payload
  /** The scheduled-job runner of this process (undefined when SCHEDULER=off). */
  scheduler?: SchedulerRunner
  close: () => Promise<void>
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening)
      if (err.code === 'EADDRINUSE')
        reject(
          new StartupError(`port ${port} on ${host} is already in use (set PORT to a free port)`),
        )
      else if (err.code === 'EACCES')
        reject(new StartupError(`no permission to listen on ${host}:${port} (set PORT above 1023)`))
      else if (err.code === 'EADDRNOTAVAIL')
        reject(new StartupError(`HOST ${host} is not an address of this machine`))
      else reject(err)
    }
    const onListening = () => {
      server.off('error', onError)
      resolve()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, host)
  })
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { settings, secret, logger, dev = false } = options
  const say = options.say ?? ((line: string) => process.stderr.write(line + '\n'))
  // Uploads from the admin are parsed and validated on a second core (row-source.ts).
  installRowSource(validateInWorker)

  // Bind first: a taken port fails in milliseconds, and load balancers see 503 while starting.
  let handler: http.RequestListener = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' })
    res.end(JSON.stringify({ status: 'starting' }))
  }
  const server = http.createServer((req, res) => handler(req, res))
  // Longer than clients' and proxies' idle timeouts (undici 4 s, load balancers 60 s), so the
  // client closes an idle connection first and never sends a request into one being closed.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  server.requestTimeout = 60_000
  await listen(server, settings.port, settings.host)
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : settings.port
  const url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`

  let payload: Payload | undefined
  let scheduler: SchedulerRunner | undefined
  const closers: Array<() => Promise<void>> = []
  try {
    if (settings.database.kind === 'sqlite') {
      fs.mkdirSync(path.dirname(settings.database.file), { recursive: true })
    }
    fs.mkdirSync(settings.mediaDir, { recursive: true })
    const loopback = ['127.0.0.1', 'localhost', '::1'].includes(settings.host)
    const origins = loopback
      ? [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`]
      : [url]
    const config = buildGongkaiConfig({ settings, secret, logger, origins })
    try {
      payload = await getPayload({ config })
      prepareDatabase(payload, logger)
    } catch (err) {
      throw new StartupError(
        `cannot connect to the ${settings.database.kind} database: ${cleanMessage(err)}`,
      )
    }
    try {
      const { applied } = await runMigrations(payload, migrationsFor(payload.db.name))
      if (applied.length) logger.info({ applied }, `applied ${applied.length} migration(s)`)
    } catch (err) {
      throw new StartupError(`database migration failed, nothing applied: ${cleanMessage(err)}`)
    }
    await refreshStatistics(payload, logger)
    const weak = adminPasswordProblem(settings)
    if (weak) throw new StartupError(weak)
    await seedOnFirstStart(payload, settings, say)

    const schedulerSettings = settings.scheduler ?? SCHEDULER_DEFAULTS
    if (schedulerSettings.enabled) {
      scheduler = new SchedulerRunner(payload, {
        pollMs: schedulerSettings.pollMs,
        leaseMs: schedulerSettings.leaseMs,
        logger,
        failpoints: new Set((process.env.GONGKAI_TEST_FAILPOINTS ?? '').split(',').filter(Boolean)),
      })
      scheduler.start()
      const runner = scheduler
      closers.push(() => runner.stop())
    }

    if (settings.integrity?.everyMs) {
      closers.push(startIntegrityChecks(payload, { everyMs: settings.integrity.everyMs, logger }))
    }

    if (settings.reminders?.everyMs) {
      closers.push(startReminders(payload, { everyMs: settings.reminders.everyMs, logger }))
    }

    // Imports a previous process left queued or running are marked failed (src/import/runs.ts);
    // this process's own are marked interrupted when it stops.
    closers.push(await startImportRuns(payload))

    const sealed = await sealStoredSecrets(payload)
    if (sealed) logger.info({ sealed }, `sealed ${sealed} webhook secret(s) stored in plaintext`)

    const webhookSettings = { ...WEBHOOK_DEFAULTS, ...settings.webhooks }
    if (webhookSettings.enabled) {
      const dispatcher = new WebhookDispatcher(payload, {
        ...DISPATCHER_DEFAULTS,
        pollMs: webhookSettings.pollMs,
        allowPrivate: webhookSettings.allowPrivate,
        retry: {
          schedule: webhookSettings.retrySchedule ?? DEFAULT_RETRY.schedule,
          retryForMs: webhookSettings.retryForMs ?? DEFAULT_RETRY.retryForMs,
        },
        logger,
      })
      dispatcher.start()
      closers.push(() => dispatcher.stop())
    }

    let nextHandler: RequestHandler | undefined
    if (settings.admin) {
      if (!dev && !adminBuildIsCurrent()) await buildAdmin(say)
      const { default: next } = await import('next')
      const nextApp = next({
        dev,
        dir: projectRoot,
        hostname: settings.host,
        port,
        customServer: true,
      })
      await nextApp.prepare()
      const handle = nextApp.getRequestHandler()
      nextHandler = (req, res) => handle(req, res)
      closers.push(() => nextApp.close())
    }

    const api = { ...PUBLIC_API_DEFAULTS, ...settings.publicApi }
    const publicState = new PublicState(payload, {
      ...PUBLIC_CACHE_DEFAULTS,
      enabled: api.cache,
      pollMs: api.cachePollMs,
    })
    await publicState.start()
    closers.unshift(() => publicState.stop())
    // The public rate limiter's counters: Express's limiter and the cache-hit lane share them.
    const publicStore = new MemoryStore()
    const publicLimits = {
      anonymous: api.rateLimit,
      withKey: api.keyRateLimit,
      disclosurePerHour: api.disclosureRateLimit,
    }
    const app = createApp({
      payload,
      config,
      logger,
      nextHandler,
      testRoutes: options.testRoutes,
      loginRateLimit: settings.loginRateLimit,
      trustProxy: settings.trustProxy,
      publicState,
      publicLimits,
      publicStore,
    })
    if (settings.trustProxy) {
      // Behind a proxy the client's address comes from its headers: Express decides.
      handler = app
    } else {
      const lane = fastLane({
        state: publicState,
        store: publicStore,
        limit: publicLimits.anonymous,
        windowMs: RATE_WINDOW_MS,
        logger,
      })
      setFallThrough(app)
      handler = (req, res) => {
        if (!lane(req, res)) app(req, res)
      }
    }
  } catch (err) {
    server.close()
    if (payload) await closeDatabase(payload).catch(() => {})
    throw err
  }

  const running: RunningServer = {
    url,
    server,
    payload,
    scheduler,
    close: () => shutdown(server, payload!, logger, closers),
  }
  return running
}

function cleanMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  return message
    .replace(/^Error: /, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Graceful stop: refuse new connections, let in-flight requests finish (up to 10 s), then close
 * the admin and the database.
 */
async function shutdown(
  server: http.Server,
  payload: Payload,
  logger: Logger,
  closers: Array<() => Promise<void>>,
): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100)
  const force = setTimeout(() => {
    logger.warn('in-flight requests still running after 10 s; closing their connections')
    server.closeAllConnections()
  }, 10_000)
  await closed
  clearInterval(idleSweep)
  clearTimeout(force)
  for (const close of closers.splice(0))
    await close().catch((err) => logger.warn({ err }, 'close failed'))
  await closeSharedRawReader(payload)
  await closeDatabase(payload)
}
