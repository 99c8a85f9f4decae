import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  ConfigError,
  parseDatabaseUrl,
  readSettings,
  resolveSecret,
} from '../../src/config/settings'

const cwd = '/srv/gongkai'

describe('parseDatabaseUrl', () => {
  it.each([
    [
      undefined,
      {
        kind: 'sqlite',
        file: '/srv/gongkai/data/gongkai.db',
        url: 'file:/srv/gongkai/data/gongkai.db',
      },
    ],
    [
      '',
      {
        kind: 'sqlite',
        file: '/srv/gongkai/data/gongkai.db',
        url: 'file:/srv/gongkai/data/gongkai.db',
      },
    ],
    [
      'file:./x/y.db',
      { kind: 'sqlite', file: '/srv/gongkai/x/y.db', url: 'file:/srv/gongkai/x/y.db' },
    ],
    ['file:/var/lib/g.db', { kind: 'sqlite', file: '/var/lib/g.db', url: 'file:/var/lib/g.db' }],
    ['file:///var/lib/g.db', { kind: 'sqlite', file: '/var/lib/g.db', url: 'file:/var/lib/g.db' }],
    ['postgres://u:p@db:5432/gk', { kind: 'postgres', url: 'postgres://u:p@db:5432/gk' }],
    ['postgresql://db/gk', { kind: 'postgres', url: 'postgresql://db/gk' }],
    ['mongodb://127.0.0.1/gk', { kind: 'mongodb', url: 'mongodb://127.0.0.1/gk' }],
    ['mongodb+srv://c.example/gk', { kind: 'mongodb', url: 'mongodb+srv://c.example/gk' }],
  ])('%s', (input, expected) => {
    expect(parseDatabaseUrl(input, cwd)).toEqual(expected)
  })

  it.each([
    ['mysql://db/gk', /unknown scheme "mysql"/],
    ['redis://x', /unknown scheme "redis"/],
    ['just-a-name', /unknown scheme/],
    ['file:', /needs a path/],
    ['postgres://', /not a valid postgres/],
  ])('refuses %s', (input, message) => {
    expect(() => parseDatabaseUrl(input, cwd)).toThrow(ConfigError)
    expect(() => parseDatabaseUrl(input, cwd)).toThrow(message)
  })
})

describe('readSettings', () => {
  it('has defaults that run on a fresh clone', () => {
    const s = readSettings({}, cwd)
    expect(s).toMatchObject({
      production: false,
      host: '127.0.0.1',
      port: 3000,
      admin: true,
      seedDemo: true,
      dataDir: '/srv/gongkai/data',
      mediaDir: '/srv/gongkai/media',
      scheduler: { enabled: true, pollMs: 2000, leaseMs: 60000 },
      passwordPolicy: 'standard',
      loginRateLimit: 30,
      importMaxBytes: 100 * 1024 * 1024,
    })
    expect(s.database.kind).toBe('sqlite')
  })

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: '3.5' }, /PORT/],
    [{ GONGKAI_ADMIN: 'maybe' }, /GONGKAI_ADMIN/],
    [{ SEED_DEMO: '2' }, /SEED_DEMO/],
    [{ SERVER_URL: 'ftp://x' }, /SERVER_URL/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD/],
    [{ SCHEDULER: 'sometimes' }, /SCHEDULER/],
    [{ SCHEDULER_POLL_MS: '2s' }, /SCHEDULER_POLL_MS/],
    [{ SCHEDULER_POLL_MS: '10' }, /SCHEDULER_POLL_MS/],
    [{ SCHEDULER_LEASE_MS: '-1' }, /SCHEDULER_LEASE_MS/],
    [{ PASSWORD_POLICY: 'strict' }, /PASSWORD_POLICY/],
    [{ LOGIN_RATE_LIMIT: '0' }, /LOGIN_RATE_LIMIT/],
    [{ IMPORT_MAX_MB: '0' }, /IMPORT_MAX_MB/],
    [{ IMPORT_MAX_MB: '1.5' }, /IMPORT_MAX_MB/],
  ])('names the bad variable: %o', (env, message) => {
    expect(() => readSettings(env, cwd)).toThrow(message)
  })

  it('sets the upload limit of the decision import in megabytes', () => {
    expect(readSettings({ IMPORT_MAX_MB: '5' }, cwd).importMaxBytes).toBe(5 * 1024 * 1024)
  })

  it.each([
    ['true', true],
    ['1', true],
    ['off', false],
    ['FALSE', false],
  ])('GONGKAI_ADMIN=%s → %s', (raw, expected) => {
    expect(readSettings({ GONGKAI_ADMIN: raw }, cwd).admin).toBe(expected)
  })
})

describe('resolveSecret', () => {
  const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gk-secret-'))

  it('uses PAYLOAD_SECRET when given', () => {
    const secret = 'x'.repeat(40)
    expect(
      resolveSecret({ PAYLOAD_SECRET: secret }, { production: true, dataDir: dataDir() }),
    ).toBe(secret)
  })

  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => resolveSecret({}, { production: true, dataDir: dataDir() })).toThrow(
      /PAYLOAD_SECRET: required/,
    )
  })

  it('refuses a short secret', () => {
    expect(() =>
      resolveSecret({ PAYLOAD_SECRET: 'short' }, { production: false, dataDir: dataDir() }),
    ).toThrow(/at least 32/)
  })

  it('generates one secret once and keeps it, readable only by its owner', () => {
    const dir = dataDir()
    const first = resolveSecret({}, { production: false, dataDir: dir })
    const second = resolveSecret({}, { production: false, dataDir: dir })
    expect(first).toHaveLength(43)
    expect(second).toBe(first)
    expect(fs.statSync(path.join(dir, 'payload-secret')).mode & 0o777).toBe(0o600)
  })

  it('tunes the scheduler', () => {
    expect(
      readSettings({ SCHEDULER: 'off', SCHEDULER_POLL_MS: '500', SCHEDULER_LEASE_MS: '5000' }, cwd)
        .scheduler,
    ).toEqual({ enabled: false, pollMs: 500, leaseMs: 5000 })
  })
})
