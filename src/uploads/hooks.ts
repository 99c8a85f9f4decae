import crypto from 'node:crypto'
import path from 'node:path'

import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  ValidationError,
} from 'payload'

import { message } from '../fields/labels'
import { sniffAttachment, sniffImage, type Sniffed } from './sniff'

type UploadKind = 'attachment' | 'image'

export const MAX_BYTES: Record<UploadKind, number> = {
  attachment: 50 * 1024 * 1024,
  image: 20 * 1024 * 1024,
}

/** A safe stored name: the base of the given name without path parts or controls, and the real extension. */
export function safeFileName(given: string | undefined, ext: string): string {
  const base = path
    .basename(String(given ?? 'file').replace(/\\/g, '/'))
    .replace(/\.[^.]*$/, '')
    // controls, bidi overrides, reserved characters
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"/\\|?*%]/g, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 100)
  return `${base || 'file'}.${ext}`
}

/**
 * Before Payload (and sharp) touch an uploaded file: check its size and real type from its bytes,
 * refuse with a 400 naming the problem, and store it under its real MIME type and extension.
 */
export function checkUpload(kind: UploadKind): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file?.data) return args
    const fail = (zh: string, en: string) => {
      throw new ValidationError({
        collection: args.collection?.config?.slug,
        errors: [{ path: 'file', message: message(req, zh, en) }],
      })
    }
    if (file.data.length > MAX_BYTES[kind]) {
      fail(
        `文件超过 ${MAX_BYTES[kind] / 1024 / 1024} MB 上限`,
        `The file is larger than ${MAX_BYTES[kind] / 1024 / 1024} MB`,
      )
    }
    const sniffed: Sniffed =
      kind === 'image' ? await sniffImage(file.data) : await sniffAttachment(file.data)
    if (!sniffed.ok) {
      if (kind === 'image')
        fail(
          `不支持的图片：${sniffed.reason}（仅支持 JPEG、PNG、WebP、GIF）`,
          `Image refused: ${sniffed.reason} (JPEG, PNG, WebP or GIF only)`,
        )
      fail(
        `不支持的附件类型：${sniffed.reason}（仅支持 PDF、OFD、DOCX、XLSX、ODT、CSV）`,
        `Attachment refused: ${sniffed.reason} (PDF, OFD, DOCX, XLSX, ODT or CSV only)`,
      )
      return args
    }
    file.mimetype = sniffed.mime
    file.name = safeFileName(file.name, sniffed.ext)
    return args
  }
}

/** SHA-256 of the stored file, for integrity checks and the public API. */
export const storeSha256: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (req.file?.data) data.sha256 = crypto.createHash('sha256').update(req.file.data).digest('hex')
  else if (originalDoc?.sha256) data.sha256 = originalDoc.sha256
  return data
}
