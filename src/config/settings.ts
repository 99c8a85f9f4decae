/**
 * Runtime settings, read once from the environment.
 *
 * Plain TypeScript with no framework import: the server entry reads these before it loads
 * Payload or Next, so a bad setting fails in milliseconds with one clear line (exit code 2).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export type DatabaseSettings =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'mongodb'; url: string }

export const PASSWORD_PROFILES = ['standard', 'mlps'] as const
export type PasswordProfile = (typeof PASSWORD_PROFILES)[number]

export type Settings = {
  /** The operator declared a deployment (NODE_ENV=production): no generated secrets. */
  production: boolean
  database: DatabaseSettings
  dataDir: string
  mediaDir: string
  host: string
  port: number
  /** Public base URL, used in links the API and feeds hand out. */
  serverUrl?: string
  logLevel: string
  /** Serve the Next.js admin from this process (off: API-only process, e.g. in tests). */
  admin: boolean
  adminEmail?: string
  adminPassword?: string
  /** Seed demo content into an empty database at start. */
  seedDemo: boolean
  /** Run scheduled publications in this process (every process may: claims are exclusive). */
  scheduler?: SchedulerSettings
  /** `mlps` adds character classes and 90-day rotation to the password policy. */
  passwordPolicy?: PasswordProfile
  /** Sign-in attempts allowed per client address per 15 minutes. */
  loginRateLimit?: number
  /** Express's `trust proxy` (behind a reverse proxy: its address or hop count). */
  trustProxy?: string
  /** The public API's response cache and rate limits. */
  publicApi?: PublicApiSettings
  /** Webhook delivery (every process may deliver: claims are exclusive). */
  webhooks?: WebhookSettings
  /** Outgoing email (reminders, password resets) through this SMTP server; absent: none is sent. */
  email?: { smtpUrl: string; from: string }
  /** The daily clock reminders (src/clocks/reminders.ts): how often to check; absent or 0: off. */
  reminders?: { everyMs: number }
  /** The check of published content's seals (src/integrity/verify.ts); 0: off. */
  integrity?: { everyMs: number }
  /**
   * The search engine: `auto` takes the database's own index (SQLite FTS5, PostgreSQL tsvector;
   * MongoDB the portable engine); `portable` forces the engine that uses only Payload's queries.
   */
  searchEngine?: SearchEngineChoice
  /** The largest file the admin's decision import accepts (IMPORT_MAX_MB), in bytes. */
  importMaxBytes?: number
}

export const SEARCH_ENGINE_CHOICES = ['auto', 'portable'] as const
export type SearchEngineChoice = (typeof SEARCH_ENGINE_CHOICES)[number]

export type WebhookSettings = {
  /** Deliver the outbox from this process. */
  enabled: boolean
  pollMs: number
  /** Allow endpoints on loopback or private networks (off: refused, against SSRF). */
  allowPrivate: boolean
  /** Delays between attempts (tests shorten them); by default backoff over 24 hours. */
  retrySchedule?: number[]
  retryForMs?: number
}

export const WEBHOOK_DEFAULTS: WebhookSettings = {
  enabled: true,
  pollMs: 1_000,
  allowPrivate: false,
}

export type PublicApiSettings = {
  /** Keep responses in memory until a change to public content (on by default). */
  cache: boolean
  /** How often each process checks for changes written by other processes. */
  cachePollMs: number
  /** Requests per client address per minute without an API key. */
  rateLimit: number
  /** Requests per API key per minute. */
  keyRateLimit: number
  /** Disclosure-request submissions per client address per hour. */
  disclosureRateLimit: number
}

export const PUBLIC_API_DEFAULTS: PublicApiSettings = {
  cache: true,
  cachePollMs: 250,
  rateLimit: 600,
  keyRateLimit: 12_000,
  disclosureRateLimit: 10,
}

export type SchedulerSettings = {
  enabled: boolean
  /** How often the runner looks for due jobs. */
  pollMs: number
  /** How long a claimed job is reserved for its runner; after that another runner retries it. */
  leaseMs: number
}

export const SCHEDULER_DEFAULTS: SchedulerSettings = {
  enabled: true,
  pollMs: 2_000,
  leaseMs: 60_000,
}

type Env = Record<string, string | undefined>

const SQLITE_DEFAULT = 'data/gongkai.db'

export function parseDatabaseUrl(raw: string | undefined, cwd: string): DatabaseSettings {
  const value = raw?.trim()
  if (!value) {
    const file = path.resolve(cwd, SQLITE_DEFAULT)
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  switch (scheme) {
    case 'file': {
      const rest = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
      if (!rest)
        throw new ConfigError('DATABASE_URL: "file:" needs a path, e.g. file:./data/gongkai.db')
      const file = path.resolve(cwd, rest)
      return { kind: 'sqlite', file, url: `file:${file}` }
    }
    case 'postgres':
    case 'postgresql': {
      let parsed: URL | undefined
      try {
        parsed = new URL(value)
      } catch {
        parsed = undefined
      }
      // A host, or a unix-socket directory in ?host=
      if (!parsed || !(parsed.hostname || parsed.searchParams.get('host'))) {
        throw new ConfigError(
          'DATABASE_URL: not a valid postgres:// URL (postgres://user:password@host:5432/database)',
        )
      }
      return { kind: 'postgres', url: value }
    }
    case 'mongodb':
    case 'mongodb+srv':
      return { kind: 'mongodb', url: value }
    default:
      throw new ConfigError(
        `DATABASE_URL: unknown scheme "${scheme ?? value.slice(0, 20)}"; use file:<path> (SQLite), postgres://… or mongodb://…`,
      )
  }
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT: "${raw}" is not a port number (0-65535)`)
  }
  return port
}

function parseSearchEngine(raw: string | undefined): SearchEngineChoice {
  if (raw === undefined || raw === '') return 'auto'
  if ((SEARCH_ENGINE_CHOICES as readonly string[]).includes(raw)) return raw as SearchEngineChoice
  throw new ConfigError(
    `SEARCH_ENGINE: "${raw}" must be one of ${SEARCH_ENGINE_CHOICES.join(', ')}`,
  )
}

function parseProfile(raw: string | undefined): PasswordProfile {
  if (raw === undefined || raw === '') return 'standard'
  if ((PASSWORD_PROFILES as readonly string[]).includes(raw)) return raw as PasswordProfile
  throw new ConfigError(`PASSWORD_POLICY: "${raw}" must be one of ${PASSWORD_PROFILES.join(', ')}`)
}

function parseCount(
  name: string,
  raw: string | undefined,
  fallback: number,
  max = 100_000,
): number {
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new ConfigError(`${name}: "${raw}" must be a whole number from 1 to ${max}`)
  return n
}

function parseMillis(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms < 100 || ms > 3_600_000)
    throw new ConfigError(`${name}: "${raw}" must be a whole number of milliseconds (100-3600000)`)
  return ms
}

function parseSmtpUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(
      `SMTP_URL: "${raw}" is not a URL (smtp://user:pass@host:587 or smtps://…)`,
    )
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new ConfigError(`SMTP_URL: "${raw}" must start with smtp:// or smtps://`)
  return raw
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback
  if (/^(1|true|yes|on)$/i.test(raw)) return true
  if (/^(0|false|no|off)$/i.test(raw)) return false
  throw new ConfigError(`${name}: "${raw}" is not a boolean (true/false)`)
}

export function readSettings(env: Env = process.env, cwd = process.cwd()): Settings {
  const production = env.NODE_ENV === 'production'
  const dataDir = path.resolve(cwd, env.DATA_DIR || 'data')
  const serverUrl = env.SERVER_URL?.replace(/\/+$/, '') || undefined
  if (serverUrl && !/^https?:\/\/[^/]+/.test(serverUrl)) {
    throw new ConfigError(`SERVER_URL: "${env.SERVER_URL}" must start with http:// or https://`)
  }
  const adminPassword = env.ADMIN_PASSWORD || undefined
  if (adminPassword !== undefined && adminPassword.length < 12) {
    throw new ConfigError('ADMIN_PASSWORD: must be at least 12 characters')
  }
  return {
    production,
    database: parseDatabaseUrl(env.DATABASE_URL, cwd),
    dataDir,
    mediaDir: path.resolve(cwd, env.MEDIA_DIR || 'media'),
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT),
    serverUrl,
    logLevel: env.LOG_LEVEL || 'info',
    admin: parseBoolean('GONGKAI_ADMIN', env.GONGKAI_ADMIN, true),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword,
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, true),
    passwordPolicy: parseProfile(env.PASSWORD_POLICY),
    loginRateLimit: parseCount('LOGIN_RATE_LIMIT', env.LOGIN_RATE_LIMIT, 30),
    trustProxy: env.TRUST_PROXY || undefined,
    searchEngine: parseSearchEngine(env.SEARCH_ENGINE),
    importMaxBytes: parseCount('IMPORT_MAX_MB', env.IMPORT_MAX_MB, 100, 10_000) * 1024 * 1024,
    webhooks: {
      enabled: parseBoolean('WEBHOOKS', env.WEBHOOKS, WEBHOOK_DEFAULTS.enabled),
      pollMs: parseMillis('WEBHOOK_POLL_MS', env.WEBHOOK_POLL_MS, WEBHOOK_DEFAULTS.pollMs),
      allowPrivate: parseBoolean(
        'WEBHOOK_ALLOW_PRIVATE',
        env.WEBHOOK_ALLOW_PRIVATE,
        WEBHOOK_DEFAULTS.allowPrivate,
      ),
    },
    publicApi: {
      cache: parseBoolean('PUBLIC_API_CACHE', env.PUBLIC_API_CACHE, PUBLIC_API_DEFAULTS.cache),
      cachePollMs: parseMillis(
        'PUBLIC_API_CACHE_POLL_MS',
        env.PUBLIC_API_CACHE_POLL_MS,
        PUBLIC_API_DEFAULTS.cachePollMs,
      ),
      rateLimit: parseCount(
        'PUBLIC_RATE_LIMIT',
        env.PUBLIC_RATE_LIMIT,
        PUBLIC_API_DEFAULTS.rateLimit,
        10_000_000,
      ),
      keyRateLimit: parseCount(
        'PUBLIC_KEY_RATE_LIMIT',
        env.PUBLIC_KEY_RATE_LIMIT,
        PUBLIC_API_DEFAULTS.keyRateLimit,
        10_000_000,
      ),
      disclosureRateLimit: parseCount(
        'DISCLOSURE_RATE_LIMIT',
        env.DISCLOSURE_RATE_LIMIT,
        PUBLIC_API_DEFAULTS.disclosureRateLimit,
        1_000_000,
      ),
    },
    ...(env.SMTP_URL
      ? {
          email: {
            smtpUrl: parseSmtpUrl(env.SMTP_URL),
            from: env.EMAIL_FROM || 'Gongkai <noreply@localhost>',
          },
        }
      : {}),
    reminders: {
      // 0 turns them off (e.g. in a second process; every process may run them, once a day each).
      everyMs:
        env.REMINDERS_EVERY_MS === '0'
          ? 0
          : parseMillis('REMINDERS_EVERY_MS', env.REMINDERS_EVERY_MS, 3_600_000),
    },
    integrity: {
      // How often each process checks the seals of published content; 0 turns it off.
      everyMs:
        env.INTEGRITY_CHECK_EVERY_MS === '0'
          ? 0
          : parseMillis('INTEGRITY_CHECK_EVERY_MS', env.INTEGRITY_CHECK_EVERY_MS, 3_600_000),
    },
    scheduler: {
      enabled: parseBoolean('SCHEDULER', env.SCHEDULER, true),
      pollMs: parseMillis('SCHEDULER_POLL_MS', env.SCHEDULER_POLL_MS, SCHEDULER_DEFAULTS.pollMs),
      leaseMs: parseMillis(
        'SCHEDULER_LEASE_MS',
        env.SCHEDULER_LEASE_MS,
        SCHEDULER_DEFAULTS.leaseMs,
      ),
    },
  }
}

/**
 * The secret that signs sessions. Required from the operator in production; elsewhere one is
 * generated on first run and kept in the data directory so sessions survive restarts.
 */
export function resolveSecret(
  env: Env,
  settings: Pick<Settings, 'production' | 'dataDir'>,
): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) {
    if (given.length < 32) throw new ConfigError('PAYLOAD_SECRET: must be at least 32 characters')
    return given
  }
  if (settings.production) {
    throw new ConfigError(
      'PAYLOAD_SECRET: required when NODE_ENV=production (32+ random characters)',
    )
  }
  const file = path.join(settings.dataDir, 'payload-secret')
  try {
    const kept = fs.readFileSync(file, 'utf8').trim()
    if (kept.length >= 32) return kept
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  fs.mkdirSync(settings.dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('base64url')
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}
