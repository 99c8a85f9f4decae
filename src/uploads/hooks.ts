import crypto from 'node:crypto'
import path from 'node:path'

import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  ValidationError,
} from 'payload'

import { message } from '../fields/labels'
import { sniffAttachment, sniffImage, type Sniffed } from './sniff'

/** request: a disclosure request's files (ID proof as a photo or scan, letters, response files). */
type UploadKind = 'attachment' | 'image' | 'request'

export const MAX_BYTES: Record<UploadKind, number> = {
  attachment: 50 * 1024 * 1024,
  image: 20 * 1024 * 1024,
  request: 10 * 1024 * 1024,
}

/**
 * The longest start of `text` whose UTF-8 form has at most `bytes` bytes, cut between characters:
 * file systems count a name's bytes (255 at most), and a Chinese character takes three.
 */
function fitBytes(text: string, bytes: number): string {
  let out = ''
  let used = 0
  for (const char of text) {
    used += Buffer.byteLength(char)
    if (used > bytes) break
    out += char
  }
  return out
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
  return `${fitBytes(base, 150) || 'file'}.${ext}`
}

/**
 * Before Payload (and sharp) touch an uploaded file: check its size and real type from its bytes,
 * refuse with a 400 naming the problem, and store it under its real MIME type and extension.
 */
export function checkUpload(kind: UploadKind): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    const fail = (zh: string, en: string) => {
      throw new ValidationError({
        collection: args.collection?.config?.slug,
        errors: [{ path: 'file', message: message(req, zh, en) }],
      })
    }
    if (!file?.data) {
      // Given a URL or a stored name instead of a file (with image edits), Payload fetches the
      // file from that URL or reads it from the upload folder: the server would call a host of
      // the client's choosing, and the file would skip the checks below. Through the APIs a file
      // comes in the request or not at all (security-checks.md 17).
      // (Payload keeps the URL aside and strips it from the data before this hook: the request's
      // own data still has it.)
      const named = [args.data, req.data].some(
        (d: any) => d && typeof d === 'object' && (d.url !== undefined || d.filename !== undefined),
      )
      if (operation === 'create' && req.payloadAPI !== 'local' && named)
        fail(
          '请上传文件本身：不从网址或文件名读取文件',
          'Upload the file itself: files are not fetched from a URL or a file name',
        )
      return args
    }
    if (file.data.length > MAX_BYTES[kind]) {
      fail(
        `文件超过 ${MAX_BYTES[kind] / 1024 / 1024} MB 上限`,
        `The file is larger than ${MAX_BYTES[kind] / 1024 / 1024} MB`,
      )
    }
    const sniffed: Sniffed = await sniffUpload(kind, file.data)
    if (!sniffed.ok) {
      if (kind === 'image')
        fail(
          `不支持的图片：${sniffed.reason}（仅支持 JPEG、PNG、WebP、GIF）`,
          `Image refused: ${sniffed.reason} (JPEG, PNG, WebP or GIF only)`,
        )
      if (kind === 'request')
        fail(
          `不支持的文件类型：${sniffed.reason}（仅支持 PDF、OFD、DOCX、ODT、JPEG、PNG）`,
          `File refused: ${sniffed.reason} (PDF, OFD, DOCX, ODT, JPEG or PNG only)`,
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

/** The real type of an upload of this kind, from its bytes. */
export async function sniffUpload(kind: UploadKind, data: Buffer): Promise<Sniffed> {
  if (kind === 'image') return sniffImage(data)
  if (kind === 'attachment') return sniffAttachment(data)
  // A request's files: documents (not spreadsheets or CSV) or a photo of an ID card.
  const document = await sniffAttachment(data)
  if (document.ok && ['pdf', 'ofd', 'docx', 'odt'].includes(document.ext)) return document
  const image = await sniffImage(data)
  if (image.ok && ['jpg', 'png'].includes(image.ext)) return image
  return {
    ok: false,
    reason: document.ok
      ? `content is ${document.ext}`
      : image.ok
        ? `content is ${image.ext}`
        : document.reason,
  }
}

/** SHA-256 of the stored file, for integrity checks and the public API. */
export const storeSha256: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (req.file?.data) data.sha256 = crypto.createHash('sha256').update(req.file.data).digest('hex')
  else if (originalDoc?.sha256) data.sha256 = originalDoc.sha256
  return data
}
