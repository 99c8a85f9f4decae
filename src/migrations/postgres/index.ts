import * as migration_20261126_233719_init from './20261126_233719_init'

export const migrations = [
  {
    up: migration_20261126_233719_init.up,
    down: migration_20261126_233719_init.down,
    name: '20261126_233719_init',
  },
]
