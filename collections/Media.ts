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

const webp = (name: string, width: number) => ({
  name,
  width,
  withoutEnlargement: true,
  formatOptions: { format: 'webp' as const, options: { quality: 80 } },
})

/** Images: alt text required; WebP variants for the public pages; checked before sharp runs. */
export function Media(staticDir: string): CollectionConfig {
  return {
    slug: 'media',
    labels: { singular: l('图片', 'Image'), plural: l('图片', 'Images') },
    admin: { useAsTitle: 'alt', group: l('文件', 'Files') },
    access: { read: readFiles, create: createFiles, update: manageFiles, delete: manageFiles },
    upload: {
      staticDir,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
      imageSizes: [webp('thumbnail', 320), webp('card', 768), webp('large', 1600)],
      adminThumbnail: 'thumbnail',
      focalPoint: false,
      crop: false,
    },
    hooks: {
      beforeOperation: [checkUpload('image')],
      beforeChange: [storeSha256, fileDepartment],
      afterChange: [auditDocumentChange],
      afterDelete: [auditDocumentDelete],
    },
    fields: [
      // The file's public identifier in the v1 API (database ids never leave the system).
      uidField(),
      filePublicField(),
      {
        name: 'alt',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 300,
        label: l('替代文本', 'Alt text'),
        admin: {
          description: l('为读屏用户描述图片内容', 'Describes the image for screen-reader users'),
        },
      },
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
