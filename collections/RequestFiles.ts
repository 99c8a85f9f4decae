import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access'
import { readOwnDepartment } from '../src/requests/access'
import { auditDocumentChange } from '../src/audit/hooks'
import { l, option } from '../src/fields/labels'
import { checkUpload, storeSha256 } from '../src/uploads/hooks'
import { departmentIdsOf } from '../src/access/predicates'

/**
 * Files of disclosure requests: what applicants attach (ID proof, the request letter) and the
 * response files of the answer. Never public: only the handling department fetches them (Payload
 * checks `read` before serving a file), and the applicant through the status endpoint with the
 * request's access key. Kept as records: no update, no delete.
 */
export function RequestFiles(staticDir: string): CollectionConfig {
  return {
    slug: 'request-files',
    labels: { singular: l('申请文件', 'Request file'), plural: l('申请文件', 'Request files') },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'purpose', 'mimeType', 'filesize', 'createdAt'],
      group: l('依申请公开', 'Disclosure requests'),
    },
    access: {
      read: readOwnDepartment,
      create: ({ req: { user } }) => departmentIdsOf(user as any).length > 0,
      update: nobody,
      delete: nobody,
    },
    upload: { staticDir },
    hooks: {
      beforeOperation: [checkUpload('request')],
      beforeChange: [storeSha256],
      afterChange: [auditDocumentChange],
    },
    fields: [
      {
        name: 'department',
        type: 'relationship',
        relationTo: 'departments',
        required: true,
        index: true,
        label: l('办理部门', 'Handling department'),
      },
      {
        name: 'purpose',
        type: 'select',
        required: true,
        defaultValue: 'response',
        label: l('用途', 'Purpose'),
        options: [
          option('applicant', '申请人提交', 'From the applicant'),
          option('response', '答复文件', 'Response file'),
        ],
      },
      { name: 'sha256', type: 'text', index: true, label: 'SHA-256', admin: { readOnly: true } },
    ],
  }
}
