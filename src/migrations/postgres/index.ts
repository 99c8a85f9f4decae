import * as migration_20261126_234414_init from './20261126_234414_init'

export const migrations = [
  {
    up: migration_20261126_234414_init.up,
    down: migration_20261126_234414_init.down,
    name: '20261126_234414_init',
  },
]
