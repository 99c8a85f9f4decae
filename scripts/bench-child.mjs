/**
 * Runs one database's part of a benchmark in its own process: the benchmark script again, with
 * BENCH_CHILD holding its options and the file to write its result to (JSON). Resolves with the
 * result, or with `failed` plus the error when the process did not write one.
 *
 *   BENCH_PROFILE=<dir>  a CPU profile of each database's process, written there
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export function benchChild({ script, cwd, dir, options, failed, nodeArgs = [] }) {
  const resultFile = path.join(dir, `result-${options.db}.json`)
  fs.rmSync(resultFile, { force: true })
  return new Promise((resolve) => {
    const profile = process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`]
      : []
    const c = spawn(
      process.execPath,
      ['--conditions=production', ...nodeArgs, ...profile, script],
      {
        cwd,
        // NODE_ENV=production as the server sets it (src/server.ts) before React loads: pages are
        // measured with React's production build, as they are served.
        env: {
          ...process.env,
          NODE_ENV: 'production',
          BENCH_CHILD: JSON.stringify({ ...options, resultFile }),
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    c.on('exit', (code) => {
      if (code === 0 && fs.existsSync(resultFile))
        resolve(JSON.parse(fs.readFileSync(resultFile, 'utf8')))
      else resolve({ ...failed, errors: [`benchmark process exited (${code})`] })
    })
  })
}
