import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { CLOCK_STATE_LABELS, CLOCK_STATES, clockStateLabel } from '../../../src/clocks/states'

const root = path.resolve(import.meta.dirname, '../../..')

/** The relative modules a file imports for their values (type-only imports are erased). */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const found: string[] = []
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)) {
    if (!m[1]) found.push(m[2]!)
  }
  return found
}

function resolveRelative(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

describe('clock state labels', () => {
  it('label every state, and only the states', () => {
    expect(Object.keys(CLOCK_STATE_LABELS).sort()).toEqual([...CLOCK_STATES].sort())
  })

  it('show an unknown state as it is', () => {
    expect(clockStateLabel('overdue', true)).toBe('已逾期')
    expect(clockStateLabel('overdue', false)).toBe('Overdue')
    expect(clockStateLabel('something_else', true)).toBe('something_else')
  })

  it('reach the client components without a server-only module', () => {
    const components = path.join(root, 'src/components')
    const clients = fs
      .readdirSync(components)
      .map((f) => path.join(components, f))
      .filter((f) => /\.tsx?$/.test(f) && /^'use client'/.test(fs.readFileSync(f, 'utf8')))
    expect(clients.length).toBeGreaterThan(0)
    for (const client of clients) {
      const seen = new Set<string>()
      const queue = [client]
      while (queue.length) {
        const file = queue.pop()!
        if (seen.has(file)) continue
        seen.add(file)
        for (const spec of valueImports(file)) {
          expect(spec, `${path.relative(root, file)} (from ${path.basename(client)})`).not.toMatch(
            /^node:|^payload$|^payload\//,
          )
          if (spec.startsWith('.')) {
            const next = resolveRelative(file, spec)
            if (next) queue.push(next)
          }
        }
      }
    }
  })
})
