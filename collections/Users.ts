import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'User', zh: '用户' },
    plural: { en: 'Users', zh: '用户' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'updatedAt'] },
  auth: {
    tokenExpiration: 2 * 60 * 60,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: {
      sameSite: 'Lax',
      secure:
        process.env.NODE_ENV === 'production' && !!process.env.SERVER_URL?.startsWith('https:'),
    },
  },
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
    // GHSA-jg8r-5jh2-v2xj: unlock is never left to Payload's default. The workflow issue narrows
    // this to security admins; until roles exist, only signed-in staff may unlock.
    unlock: authenticated,
  },
  fields: [{ name: 'name', type: 'text', label: { en: 'Name', zh: '姓名' } }],
}
