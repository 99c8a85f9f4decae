import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The admin is served by src/server.ts (Express); Next only renders it.
  poweredByHeader: false,
  // `npm test` type-checks the whole repository with tsc; checking again here only slows the build.
  typescript: { ignoreBuildErrors: true },
  // 127.0.0.1 is where the dev server listens; Next 16 refuses its HMR socket otherwise.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // Load Payload and the database adapters from node_modules at run time instead of bundling
  // them: the admin then shares the server's one Payload instance and database connection.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-mongodb',
    '@payloadcms/db-postgres',
    '@payloadcms/db-sqlite',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'sharp',
  ],
  turbopack: { root: path.resolve(dirname) },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
