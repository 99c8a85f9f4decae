import type { CollectionConfig } from 'payload'

import { auditDocumentChange, auditDocumentDelete } from '../src/audit/hooks'
import {
  createFiles,
  fileDepartment,
  filePublicField,
  manageFiles,
  readFiles,
} from '../src/access/files'
import { l } from '../src/fields/labels'
import { uidField } from '../src/fields/uid'
import { checkUpload, storeSha256 } from '../src/uploads/hooks'

/** Attachments: PDF, OFD, DOCX, XLSX, ODT, CSV, with the type sniffed from the content. */
export function Attachments(staticDir: string): CollectionConfig {
  return {
    slug: 'attachments',
    labels: { singular: l('附件', 'Attachment'), plural: l('附件', 'Attachments') },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'title', 'mimeType', 'filesize'],
      group: l('文件', 'Files'),
    },
    access: { read: readFiles, create: createFiles, update: manageFiles, delete: manageFiles },
    upload: { staticDir },
    hooks: {
      beforeOperation: [checkUpload('attachment')],
      beforeChange: [storeSha256, fileDepartment],
      afterChange: [auditDocumentChange],
      afterDelete: [auditDocumentDelete],
    },
    fields: [
      // The file's public identifier in the v1 API (database ids never leave the system).
      uidField(),
      filePublicField(),
      { name: 'title', type: 'text', localized: true, label: l('附件名称', 'Title') },
      {
        name: 'department',
        type: 'relationship',
        relationTo: 'departments',
        label: l('所属部门', 'Department'),
      },
      { name: 'sha256', type: 'text', index: true, label: 'SHA-256', admin: { readOnly: true } },
    ],
  }
}
