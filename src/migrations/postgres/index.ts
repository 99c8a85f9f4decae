import * as migration_20261126_225630_init from './20261126_225630_init'

export const migrations = [
  {
    up: migration_20261126_225630_init.up,
    down: migration_20261126_225630_init.down,
    name: '20261126_225630_init',
  },
]
