import pino from 'pino'

/**
 * One structured JSON logger for the whole process: Payload logs through it too, so every line
 * on stdout is one JSON object that a log shipper can parse.
 */
export function createLogger(level = process.env.LOG_LEVEL || 'info') {
  return pino({
    level,
    base: { app: 'gongkai' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      remove: true,
    },
  })
}

export type Logger = ReturnType<typeof createLogger>
