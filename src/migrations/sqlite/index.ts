import * as migration_20261126_234411_init from './20261126_234411_init'

export const migrations = [
  {
    up: migration_20261126_234411_init.up,
    down: migration_20261126_234411_init.down,
    name: '20261126_234411_init',
  },
]
