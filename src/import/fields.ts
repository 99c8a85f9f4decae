import type { Field } from 'payload'

import { l } from '../fields/labels'

/**
 * Where an imported decision came from (npm run import, the admin's upload screen): the SHA-256
 * of its normalised row, so that importing the same row again changes nothing and a changed row
 * is an update; and the file it came from. Written by the import only.
 */
export function importFields(): Field[] {
  return [
    {
      name: 'importFingerprint',
      type: 'text',
      label: l('导入指纹', 'Import fingerprint'),
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'importSource',
      type: 'text',
      label: l('导入来源', 'Imported from'),
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ]
}
