/**
 * The Payload config for this process's environment. Next.js (`@payload-config`) and the Payload
 * CLI import this file; the server and the tests call buildGongkaiConfig() with explicit settings.
 */
import { buildGongkaiConfig } from './config/build-config'
import { readSettings, resolveSecret } from './config/settings'

const settings = readSettings()
// `next build` evaluates this module with NODE_ENV=production but never signs a session; the
// running server resolves the real secret before it loads anything (src/server.ts).
const building = process.env.NEXT_PHASE === 'phase-production-build'
const secret = building
  ? process.env.PAYLOAD_SECRET || 'build-time-placeholder-never-used-to-sign-anything'
  : resolveSecret(process.env, settings)

export default buildGongkaiConfig({ settings, secret })
