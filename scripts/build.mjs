#!/usr/bin/env node
/**
 * Compiles the server and the CLI from TypeScript to plain ESM in dist/ (about a second).
 *
 * Why not run TypeScript through a loader (tsx) at run time: on Node 20 its off-thread module
 * hooks deadlock or exit silently while the cache is cold, at random (reproduced here ~1 run in 2).
 * Plain JavaScript started by plain `node` has no such failure mode and starts faster.
 *
 *   node scripts/build.mjs           build once
 *   node scripts/build.mjs --watch   rebuild on change (npm run dev)
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as esbuild from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const options = {
  absWorkingDir: root,
  entryPoints: {
    server: 'src/server.ts',
    main: 'src/server/index.ts',
    cli: 'src/cli.ts',
    // npm run bench:search (scripts/bench-search.mjs)
    'bench-search': 'src/search/bench.ts',
    // npm run bench:import (scripts/bench-import.mjs)
    'bench-import': 'src/import/bench.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Every npm package stays an import from node_modules: only our own code is bundled.
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  tsconfig: 'tsconfig.json',
  // Payload's config references React components by path only; nothing to bundle for them.
  jsx: 'automatic',
}

if (process.argv.includes('--watch')) {
  const ctx = await esbuild.context({ ...options, logLevel: 'info' })
  await ctx.watch()
} else {
  await esbuild.build(options)
}
