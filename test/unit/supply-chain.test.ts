/**
 * Supply chain (security-checks.md 1): `payload` and every `@payloadcms/*` package, direct or
 * transitive, at one exact version, no older than 3.90.0 (the release that fixes the advisories
 * published before it). A range in package.json, or a second copy in the lockfile, would let an
 * install pick a version nobody reviewed.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'))

const isPayload = (name: string) => name === 'payload' || name.startsWith('@payloadcms/')
const MINIMUM = [3, 90, 0]

/** Is `version` (x.y.z, nothing else) at least `minimum`? */
function atLeast(version: string, minimum: number[]): boolean {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version)
  if (!parts) return false
  const numbers = parts.slice(1).map(Number)
  for (let i = 0; i < 3; i++) if (numbers[i] !== minimum[i]) return numbers[i]! > minimum[i]!
  return true
}

describe('supply chain', () => {
  it.each([
    ['3.90.0', true],
    ['3.90.2', true],
    ['3.100.0', true],
    ['4.0.0', true],
    ['3.89.9', false],
    ['2.99.99', false],
    ['^3.90.0', false],
    ['3.90.0-beta.1', false],
  ])('atLeast(%s, 3.90.0) → %s', (version, expected) => {
    expect(atLeast(version, MINIMUM)).toBe(expected)
  })

  it('package.json pins payload and every @payloadcms package to one exact version ≥ 3.90.0', () => {
    const declared = Object.entries({
      ...manifest.dependencies,
      ...manifest.devDependencies,
    }).filter(([name]) => isPayload(name)) as [string, string][]
    expect(declared.map(([name]) => name)).toContain('payload')
    expect(declared.length).toBeGreaterThan(5)
    const versions = new Set(declared.map(([, version]) => version))
    expect([...versions], 'one version for all of them').toHaveLength(1)
    const [version] = versions
    expect(atLeast(version!, MINIMUM), `${version} is an exact version ≥ 3.90.0`).toBe(true)
  })

  it('the lockfile installs exactly that version of each, and no second copy', () => {
    const version = manifest.dependencies.payload as string
    const installed = Object.entries(lock.packages as Record<string, { version?: string }>)
      .map(([where, entry]) => [where.replace(/^.*node_modules\//, ''), where, entry.version])
      .filter(([name, where]) => where !== '' && isPayload(name!))
    // Transitive ones count too (@payloadcms/drizzle comes with the SQL adapters).
    expect(installed.map(([name]) => name)).toContain('@payloadcms/drizzle')
    const wrong = installed
      .filter(([, , v]) => v !== version)
      .map(([, where, v]) => `${where}@${v}`)
    expect(wrong).toEqual([])
  })
})
