/**
 * Measurements taken while testing (never asserted as timings): printed, and appended to
 * test-results/measurements.txt so a run's numbers can be quoted afterwards.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/paths'

export function recordMeasurement(line: string): void {
  const dir = path.join(projectRoot, 'test-results')
  fs.mkdirSync(dir, { recursive: true })
  fs.appendFileSync(path.join(dir, 'measurements.txt'), `${new Date().toISOString()} ${line}\n`)
  process.stderr.write(`measured: ${line}\n`)
}
