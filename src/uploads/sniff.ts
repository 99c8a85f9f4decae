/**
 * What an uploaded file really is, from its bytes: never from its name or declared type.
 * Plain functions over a Buffer (file-type and image-size read only the bytes).
 */
import { fileTypeFromBuffer } from 'file-type'
import { imageSize } from 'image-size'

export type Sniffed = { ok: true; mime: string; ext: string } | { ok: false; reason: string }

export const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  csv: 'text/csv',
}

export const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
}

const ACTIVE_CONTENT =
  /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|link|style)\b|javascript:/i

function decodesAs(buffer: Buffer, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(buffer)
    return true
  } catch {
    return false
  }
}

/** CSV has no magic number: plain text (UTF-8 or GB18030), no NUL, no markup, with delimiters. */
export function looksLikeCsv(buffer: Buffer): boolean {
  if (buffer.length === 0 || buffer.includes(0)) return false
  const head = buffer.subarray(0, 64 * 1024)
  if (!decodesAs(buffer, 'utf-8') && !decodesAs(buffer, 'gb18030')) return false
  const text = head.toString('latin1')
  if (ACTIVE_CONTENT.test(text)) return false
  return /[,\t;\n]/.test(text)
}

/** An OFD (China's fixed-layout document format) is a zip whose root holds OFD.xml. */
function isOfd(buffer: Buffer): boolean {
  return (
    buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
    buffer.includes('OFD.xml')
  )
}

export async function sniffAttachment(buffer: Buffer): Promise<Sniffed> {
  const detected = await fileTypeFromBuffer(buffer)
  if (detected && detected.ext !== 'zip' && ATTACHMENT_TYPES[detected.ext]) {
    return { ok: true, mime: ATTACHMENT_TYPES[detected.ext]!, ext: detected.ext }
  }
  if (isOfd(buffer)) return { ok: true, mime: ATTACHMENT_TYPES.ofd!, ext: 'ofd' }
  if (!detected && looksLikeCsv(buffer))
    return { ok: true, mime: ATTACHMENT_TYPES.csv!, ext: 'csv' }
  return {
    ok: false,
    reason: detected
      ? `content is ${detected.ext} (${detected.mime})`
      : 'content is not a recognised document',
  }
}

export type ImageLimits = { maxSide: number; maxPixels: number }
export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxSide: 12_000, maxPixels: 40_000_000 }

/**
 * Checks an image before anything decodes it: the type from the magic number, the dimensions
 * from the header only, so a small file claiming 20000×20000 pixels is refused in microseconds.
 */
export async function sniffImage(
  buffer: Buffer,
  limits: ImageLimits = DEFAULT_IMAGE_LIMITS,
): Promise<Sniffed & { width?: number; height?: number }> {
  const detected = await fileTypeFromBuffer(buffer)
  const ext =
    detected?.ext === 'jpg' ||
    detected?.ext === 'png' ||
    detected?.ext === 'webp' ||
    detected?.ext === 'gif'
      ? detected.ext
      : null
  if (!ext) {
    return {
      ok: false,
      reason: detected
        ? `content is ${detected.ext} (${detected.mime}), not an image we accept`
        : 'content is not an image',
    }
  }
  let width: number | undefined
  let height: number | undefined
  try {
    ;({ width, height } = imageSize(buffer))
  } catch {
    return { ok: false, reason: 'the image header is unreadable' }
  }
  if (!width || !height) return { ok: false, reason: 'the image has no dimensions' }
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    return {
      ok: false,
      reason: `the image is ${width}×${height} pixels; the limit is ${limits.maxSide} per side and ${limits.maxPixels / 1e6} megapixels`,
    }
  }
  return { ok: true, mime: IMAGE_TYPES[ext]!, ext, width, height }
}
