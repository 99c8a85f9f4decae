/**
 * Entry point: `node dist/server.mjs [--dev]` (npm start / npm run dev).
 *
 * This file stays tiny on purpose: it validates the settings and fixes the process environment
 * (NODE_ENV, the session secret, telemetry off) BEFORE Payload, React and Next are loaded from
 * dist/main.mjs, because those read the environment when they load.
 */
import { ConfigError, readSettings, resolveSecret } from './config/settings'

const dev = process.argv.includes('--dev')

function fail(message: string): never {
  process.stderr.write(`gongkai: cannot start: ${message}\n`)
  process.exit(2)
}

let settings
let secret: string
try {
  settings = readSettings()
  secret = resolveSecret(process.env, settings)
} catch (err) {
  if (err instanceof ConfigError) fail(err.message)
  throw err
}

process.env.PAYLOAD_SECRET = secret
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
// No outbound call nobody configured: Next telemetry off, no Payload HMR socket outside dev.
process.env.NEXT_TELEMETRY_DISABLED = '1'
if (!dev) process.env.DISABLE_PAYLOAD_HMR = 'true'

const main: typeof import('./server/index') = await import(
  /* built separately by scripts/build.mjs */ new URL('./main.mjs', import.meta.url).href
)
const { createLogger, startServer, StartupError } = main
const logger = createLogger(settings.logLevel)
const say = (line: string) => process.stderr.write(line + '\n')

let running
try {
  running = await startServer({
    settings,
    secret,
    logger,
    dev,
    say,
    testRoutes: process.env.GONGKAI_TEST_ROUTES === '1',
  })
} catch (err) {
  if (err instanceof StartupError) fail(err.message)
  throw err
}

logger.info({ url: running.url, database: running.payload.db.name }, 'gongkai ready')
say(`Gongkai is running on ${running.url}`)
if (settings.admin) say(`  admin:      ${running.url}/admin`)
say(`  public API: ${running.url}/api/v1`)
say(`  health:     ${running.url}/healthz`)

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: finishing in-flight requests')
    running.close().then(
      () => {
        logger.info('stopped')
        process.exit(0)
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  })
}
