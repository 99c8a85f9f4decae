import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { ApiKeys } from '../../collections/ApiKeys'
import { Attachments } from '../../collections/Attachments'
import { clockDashboardEndpoint } from '../clocks/endpoint'
import { smtpEmailAdapter } from '../server/email'
import { unparseableBodiesAreClientErrors } from '../server/payload-limits'
import { refuseUnrunnableQueries } from '../server/query-guard'
import { AnnualReports } from '../../collections/AnnualReports'
import { CalendarEntries } from '../../collections/CalendarEntries'
import { Notifications } from '../../collections/Notifications'
import { ReviewCases } from '../../collections/ReviewCases'
import { DisclosureRequests } from '../../collections/DisclosureRequests'
import { RequestFiles } from '../../collections/RequestFiles'
import { AuditLog } from '../../collections/AuditLog'
import { Departments } from '../../collections/Departments'
import { ImportRuns } from '../../collections/ImportRuns'
import { Interpretations } from '../../collections/Interpretations'
import { LicensingDecisions } from '../../collections/LicensingDecisions'
import { Media } from '../../collections/Media'
import { PenaltyDecisions } from '../../collections/PenaltyDecisions'
import { Policies } from '../../collections/Policies'
import { Procedures } from '../../collections/Procedures'
import { ScheduledJobs } from '../../collections/ScheduledJobs'
import { SearchEntries } from '../../collections/SearchEntries'
import { PublicDocuments } from '../../collections/PublicDocuments'
import { Regulations } from '../../collections/Regulations'
import { Sequences } from '../../collections/Sequences'
import { Topics } from '../../collections/Topics'
import { Users } from '../../collections/Users'
import { WebhookDeliveries } from '../../collections/WebhookDeliveries'
import { WebhookSubscriptions } from '../../collections/WebhookSubscriptions'
import { MAX_BYTES } from '../uploads/hooks'
import { DEFAULT_IMPORT_MAX_BYTES } from '../import/runs'
import { guardDocumentLocks } from '../access/locks'
import { inboxEndpoint } from '../workflow/inbox'
import { reportEndpoints } from '../report/endpoints'
import { createDatabaseAdapter } from '../db/adapter'
import { auditFailedLogin } from '../audit/hooks'
import type { Logger } from '../logger'
import { srcDir } from '../paths'
import type { Settings } from './settings'

export type ConfigOptions = {
  settings: Pick<
    Settings,
    'database' | 'serverUrl' | 'passwordPolicy' | 'webhooks' | 'searchEngine' | 'email'
  > & {
    mediaDir?: string
    dataDir?: string
    importMaxBytes?: number
  }
  secret: string
  logger?: Logger
  /** Origins whose cookie-authenticated requests are accepted (CSRF); SERVER_URL is added too. */
  origins?: string[]
}

/**
 * The whole Payload configuration as a function of settings, so the server, the CLI scripts and
 * the tests (one database per test file) all build it the same way.
 */
export function buildGongkaiConfig({
  settings,
  secret,
  logger,
  origins = [],
}: ConfigOptions): Promise<SanitizedConfig> {
  const mediaDir = settings.mediaDir ?? path.join(srcDir, '..', 'media')
  const dataDir = settings.dataDir ?? path.join(srcDir, '..', 'data')
  return buildConfig({
    admin: {
      user: Users.slug,
      // No gravatar: the admin makes no outbound request nobody configured.
      avatar: 'default',
      importMap: { baseDir: srcDir, autoGenerate: false },
      meta: { titleSuffix: ' · Gongkai 公开' },
      components: {
        beforeDashboard: [
          '/components/ReviewInbox#ReviewInbox',
          '/components/ClockDashboard#ClockDashboard',
        ],
      },
    },
    endpoints: [inboxEndpoint, clockDashboardEndpoint, ...reportEndpoints],
    collections: [
      Policies,
      Regulations,
      Interpretations,
      Procedures,
      LicensingDecisions,
      PenaltyDecisions,
      Departments,
      Topics,
      Media(path.join(mediaDir, 'images')),
      Attachments(path.join(mediaDir, 'attachments')),
      Users,
      AuditLog,
      ScheduledJobs,
      PublicDocuments,
      SearchEntries,
      ApiKeys,
      WebhookSubscriptions,
      WebhookDeliveries,
      Sequences,
      DisclosureRequests,
      RequestFiles(path.join(mediaDir, 'request-files')),
      CalendarEntries,
      ReviewCases,
      AnnualReports,
      Notifications,
      ImportRuns,
    ],
    hooks: { afterError: [auditFailedLogin, unparseableBodiesAreClientErrors] },
    // Queries Payload cannot run (a 500 in 3.90) are refused with a 400 before they reach the database.
    plugins: [refuseUnrunnableQueries()],
    db: createDatabaseAdapter(settings.database),
    editor: lexicalEditor(),
    graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
    i18n: {
      // Chinese first: it is the admin's default language; English is a per-user choice.
      supportedLanguages: { zh, en },
      fallbackLanguage: 'zh',
    },
    localization: {
      locales: [
        { code: 'zh', label: '中文' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'zh',
      fallback: true,
    },
    ...(logger ? { logger } : {}),
    ...(settings.email ? { email: smtpEmailAdapter(settings.email) } : {}),
    secret,
    serverURL: settings.serverUrl,
    sharp,
    telemetry: false,
    // A cookie sent from another origin does not authenticate (CSRF). Payload adds serverURL.
    csrf: origins,
    // Read by hooks that depend on settings (src/auth/hooks.ts).
    custom: {
      passwordPolicy: settings.passwordPolicy ?? 'standard',
      webhooks: { allowPrivate: settings.webhooks?.allowPrivate ?? false },
      searchEngine: settings.searchEngine ?? 'auto',
      // The admin's decision import (src/import/runs.ts): uploads wait under DATA_DIR (never
      // served), error reports are kept under MEDIA_DIR (in backups, served only to staff).
      imports: {
        uploadDir: path.join(dataDir, 'import-uploads'),
        reportDir: path.join(mediaDir, 'import-reports'),
        maxBytes: settings.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES,
      },
    },
    upload: { limits: { fileSize: MAX_BYTES.attachment } },
    typescript: { outputFile: path.join(srcDir, 'payload-types.ts'), autoGenerate: false },
  }).then(guardDocumentLocks)
}
