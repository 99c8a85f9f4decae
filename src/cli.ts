/**
 * Gongkai's command line: `node dist/cli.mjs <command>` (wrapped by npm scripts).
 *
 *   migrate                 apply pending migrations to DATABASE_URL
 *   search:reindex          rebuild the search index from what is published (progress bar)
 *   migrate:create <name>   write a migration for both SQL adapters (no database needed)
 *   seed                    demo content and first admin, on an empty database only
 *   generate:types          src/payload-types.ts from the collections
 *   generate:importmap      the admin's import map from the collections
 *   build:admin             next build of the admin UI (npm start does it when needed)
 *   audit:verify            check the audit trail's hash chain (exit 2 when broken)
 *   audit:purge --before D  remove audit records older than D (at least 180 days back)
 *   content:verify          check the seals of published content (exit 2 when any was changed)
 *   backup <dir>            a consistent backup (database, media, manifest) into a new folder of dir
 *   restore <archive> [--force]  restore a backup into an empty instance (stop the server first)
 *   import <licensing|penalty> <file> [--department CODE] [--publish] [--errors FILE]
 *                           import decisions from CSV, XLSX or JSON Lines (progress bar, error report)
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { Presets, SingleBar } from 'cli-progress'
import { BasePayload, generateImportMap, type Payload } from 'payload'
import { generateTypes } from 'payload/node'

import { buildGongkaiConfig } from './config/build-config'
import { ConfigError, type DatabaseSettings, readSettings, resolveSecret } from './config/settings'
import { closeDatabase, prepareDatabase } from './db/lifecycle'
import { purgeAuditTrail, RetentionError } from './audit/retention'
import { adminPasswordProblem } from './auth/password-policy'
import { verifyAuditTrail } from './audit/verify'
import { raiseMismatches, verifyPublishedContent } from './integrity/verify'
import { runMigrations } from './db/migrate'
import { migrationsFor } from './db/migrations'
import { createLogger } from './logger'
import { searchEngineOf } from './search/engines'
import { reindexSearch } from './search/reindex'
import { createInitialAccounts, describeAccounts, seedDemoContent } from './seed'
import { buildAdmin } from './server/admin-build'
import { BackupError, createBackup, restoreBackup, type SqlSettings } from './backup/archive'
import { ImportUsageError, parseImportArgs, runImportCommand } from './import/command'

class CliError extends Error {}

function sqlDatabase(database: DatabaseSettings): SqlSettings {
  if (database.kind === 'mongodb')
    throw new CliError(
      'backup and restore of MongoDB: use mongodump and mongorestore, and copy MEDIA_DIR',
    )
  return database
}

const say = (line: string) => process.stderr.write(line + '\n')

async function connect(): Promise<Payload> {
  const settings = readSettings()
  const secret = resolveSecret(process.env, settings)
  const logger = createLogger('warn')
  const config = await buildGongkaiConfig({ settings, secret, logger })
  try {
    const payload = await new BasePayload().init({ config, disableOnInit: true })
    prepareDatabase(payload, logger)
    return payload
  } catch (err) {
    throw new CliError(
      `cannot connect to the ${settings.database.kind} database: ${(err as Error).message}`,
    )
  }
}

/** A config that needs no database: for generators. */
async function offlineConfig(
  database: DatabaseSettings = { kind: 'sqlite', file: ':memory:', url: 'file::memory:' },
) {
  return buildGongkaiConfig({
    settings: { database },
    secret: 'offline-generator-only',
    logger: createLogger('warn'),
  })
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  async migrate() {
    const payload = await connect()
    const { applied } = await runMigrations(payload, migrationsFor(payload.db.name))
    say(
      applied.length
        ? `applied: ${applied.join(', ')}`
        : 'nothing to apply: the database is current',
    )
    await closeDatabase(payload)
  },

  async 'search:reindex'() {
    const payload = await connect()
    const bar = new SingleBar(
      {
        format: 'search index |{bar}| {value}/{total} documents  {eta_formatted} left',
        hideCursor: true,
      },
      Presets.shades_classic,
    )
    let started = false
    try {
      const { indexed, ms } = await reindexSearch(payload, {
        onProgress: (done, total) => {
          if (!started) {
            bar.start(total, done)
            started = true
          } else bar.update(done)
        },
      })
      bar.stop()
      say(
        `indexed ${indexed} published documents in ${(ms / 1000).toFixed(1)} s (${searchEngineOf(payload).name})`,
      )
    } finally {
      bar.stop()
      await closeDatabase(payload)
    }
  },

  async 'migrate:create'([name]) {
    if (!name || !/^[a-z0-9_-]+$/i.test(name)) {
      throw new CliError('usage: npm run migrate:create -- <name>   (letters, digits, - and _)')
    }
    // One child per adapter: Payload's generator exits the process when it finds no change.
    const self = fileURLToPath(import.meta.url)
    for (const adapter of ['sqlite', 'postgres']) {
      say(`== ${adapter}`)
      const run = spawnSync(
        process.execPath,
        [...process.execArgv, self, 'migrate:create:one', adapter, name],
        { stdio: 'inherit' },
      )
      if (run.status !== 0) throw new CliError(`migrate:create failed for ${adapter}`)
    }
  },

  async 'migrate:create:one'([adapter, name]) {
    process.env.PAYLOAD_MIGRATING = 'true'
    const database: DatabaseSettings =
      adapter === 'postgres'
        ? { kind: 'postgres', url: 'postgres://unused@127.0.0.1:1/unused' }
        : { kind: 'sqlite', file: ':memory:', url: 'file::memory:' }
    const config = await offlineConfig(database)
    const payload = await new BasePayload().init({
      config,
      disableDBConnect: true,
      disableOnInit: true,
    })
    await payload.db.createMigration({ migrationName: name!, payload, skipEmpty: true } as any)
  },

  async seed() {
    const weak = adminPasswordProblem(readSettings())
    if (weak) throw new CliError(weak)
    const payload = await connect()
    await runMigrations(payload, migrationsFor(payload.db.name))
    const [{ totalDocs: departments }, { totalDocs: policies }, { totalDocs: users }] =
      await Promise.all([
        payload.count({ collection: 'departments' }),
        payload.count({ collection: 'policies' }),
        payload.count({ collection: 'users' }),
      ])
    if (departments > 0 || policies > 0) {
      throw new CliError(
        `the database is not empty (${departments} departments, ${policies} policies); seed runs on an empty database only`,
      )
    }
    const counts = await seedDemoContent(payload)
    say(
      `seeded ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    )
    if (users === 0)
      describeAccounts(
        await createInitialAccounts(payload, readSettings(), { demoEditors: true }),
        say,
      )
    await closeDatabase(payload)
  },

  async backup([into]) {
    if (!into) throw new CliError('usage: npm run backup -- <dir>')
    const settings = readSettings()
    const database = sqlDatabase(settings.database)
    const config = await offlineConfig()
    try {
      const { dir, manifest } = await createBackup({
        database,
        mediaDir: settings.mediaDir,
        into,
        collections: config.collections.map((c) => c.slug),
        say,
      })
      const rows = Object.values(manifest.collections).reduce((a, b) => a + b, 0)
      say(
        `backup written to ${dir}: ${manifest.files.length} files, ${rows} records in ${Object.keys(manifest.collections).length} collections`,
      )
    } catch (err) {
      if (err instanceof BackupError) throw new CliError(err.message)
      throw err
    }
  },

  async restore(args) {
    const archive = args.find((a) => !a.startsWith('--'))
    if (!archive) throw new CliError('usage: npm run restore -- <archive> [--force]')
    const settings = readSettings()
    try {
      const manifest = await restoreBackup({
        archive,
        database: sqlDatabase(settings.database),
        mediaDir: settings.mediaDir,
        force: args.includes('--force'),
        say,
      })
      say(
        `restored the backup of ${manifest.createdAt}; start the server to apply any newer migrations`,
      )
    } catch (err) {
      if (err instanceof BackupError) throw new CliError(err.message)
      throw err
    }
  },

  async import(args) {
    let parsed
    try {
      parsed = parseImportArgs(args)
    } catch (err) {
      if (err instanceof ImportUsageError) throw new CliError(err.message)
      throw err
    }
    const payload = await connect()
    try {
      const { reportFile } = await runImportCommand(payload, parsed, say)
      if (reportFile) {
        say(`rejected rows are listed in ${reportFile}`)
        // Some rows were not imported: scripts can tell (the good rows are in).
        process.exitCode = 3
      }
    } catch (err) {
      if (err instanceof ImportUsageError) throw new CliError(err.message)
      throw new CliError(`import stopped: ${(err as Error).message}`)
    } finally {
      await closeDatabase(payload)
    }
  },

  async 'audit:verify'() {
    const payload = await connect()
    const result = await verifyAuditTrail(payload)
    await closeDatabase(payload)
    if (!result.ok) {
      throw new CliError(
        `the audit trail is broken at record ${result.seq} (${result.problem}): it was changed outside Gongkai`,
      )
    }
    say(
      `audit trail intact: ${result.records} records${result.records ? ` (${result.firstSeq}–${result.lastSeq})` : ''}`,
    )
  },

  async 'content:verify'() {
    const payload = await connect()
    try {
      const report = await verifyPublishedContent(payload)
      if (report.mismatches.length) {
        const raised = await raiseMismatches(payload, report.mismatches)
        for (const m of report.mismatches)
          say(`  ${m.uid}  ${m.source} #${m.sourceId}  ${m.reason}  ${m.title ?? ''}`)
        throw new CliError(
          `${report.mismatches.length} of ${report.checked} public documents do not match their seals: changed outside Gongkai (${raised} new alert(s) raised)`,
        )
      }
      say(`published content intact: ${report.checked} public documents match their seals`)
    } finally {
      await closeDatabase(payload)
    }
  },

  async 'audit:purge'(args) {
    const at = args.indexOf('--before')
    const value = at >= 0 ? args[at + 1] : undefined
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new CliError('usage: audit:purge --before YYYY-MM-DD')
    const payload = await connect()
    try {
      const { purged, throughSeq } = await purgeAuditTrail(payload, new Date(`${value}T00:00:00Z`))
      say(
        purged
          ? `purged ${purged} audit records (through ${throughSeq}); the purge itself is recorded`
          : `no audit records before ${value}`,
      )
    } catch (err) {
      if (err instanceof RetentionError) throw new CliError(err.message)
      throw err
    } finally {
      await closeDatabase(payload)
    }
  },

  async 'build:admin'() {
    await buildAdmin(say).catch((err) => {
      throw new CliError((err as Error).message)
    })
  },

  async 'generate:types'() {
    await generateTypes(await offlineConfig())
  },

  async 'generate:importmap'() {
    await generateImportMap(await offlineConfig(), { force: true, log: true })
  },
}

const [command, ...rest] = process.argv.slice(2)
const run = command ? commands[command] : undefined
if (!run) {
  say(
    `usage: gongkai <${Object.keys(commands)
      .filter((c) => !c.endsWith(':one'))
      .join('|')}>`,
  )
  process.exit(2)
}
try {
  await run(rest)
  process.exit(process.exitCode ?? 0)
} catch (err) {
  if (
    err instanceof CliError ||
    err instanceof ConfigError ||
    (err as Error)?.name === 'MigrationError'
  ) {
    say(`gongkai ${command}: ${(err as Error).message}`)
    process.exit(2)
  }
  throw err
}
