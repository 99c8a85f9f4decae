/** dist/main.mjs: everything the entry loads once the environment is fixed. */
export { createLogger } from '../logger'
export { StartupError, startServer } from './main'
