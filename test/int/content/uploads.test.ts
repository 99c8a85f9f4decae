/**
 * Uploads through the real HTTP API: the type comes from the bytes, active content is refused,
 * pixel bombs are refused before sharp runs, images get WebP variants, hashes are stored.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDepartment } from '../../support/factories'

import { csvFile } from '../../../src/seed/files'
import {
  colourPng,
  docx,
  htmlPretendingToBePdf,
  minimalPdf,
  ofd,
  pngClaiming,
  svg,
} from '../../support/files'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let token: string

async function upload(
  collection: 'attachments' | 'media',
  name: string,
  data: Buffer,
  type: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  const started = performance.now()
  const res = await fetch(`${server.url}/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  return { status: res.status, body: (await res.json()) as any, ms: performance.now() - started }
}

const fileError = (body: any) =>
  body.errors?.[0]?.data?.errors?.find((e: any) => e.path === 'file')?.message ?? ''

beforeAll(async () => {
  server = await startTestServer()
  const dept = await makeDepartment(server.payload)
  await server.payload.create({
    collection: 'users',
    data: {
      email: 'u@example.gov',
      password: 'a long enough password',
      memberships: [{ department: dept.id, roles: ['author'] }],
    } as any,
  })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'u@example.gov', password: 'a long enough password' }),
  })
  token = (await login.json()).token
})
afterAll(async () => {
  await server?.stop()
})

describe(`attachments on ${dbKind}`, () => {
  it.each([
    ['report.pdf', () => minimalPdf('hello'), 'application/pdf', 'application/pdf', 'pdf'],
    [
      'form.docx',
      docx,
      'application/octet-stream',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    ],
    ['doc.ofd', ofd, 'application/zip', 'application/ofd', 'ofd'],
    [
      'data.csv',
      () =>
        csvFile([
          ['名称', '数量'],
          ['苹果', '3'],
        ]),
      'text/csv',
      'text/csv',
      'csv',
    ],
    // The declared type and the extension lie; the bytes decide.
    ['actually-a-pdf.docx', () => minimalPdf('x'), 'application/msword', 'application/pdf', 'pdf'],
  ])(
    'accepts %s as what its bytes are, with its SHA-256',
    async (name, make, declared, mime, ext) => {
      const data = make()
      const res = await upload('attachments', name, data, declared)
      expect(res.status).toBe(201)
      expect(res.body.doc.mimeType).toBe(mime)
      expect(res.body.doc.filename).toMatch(new RegExp(`\\.${ext}$`))
      expect(res.body.doc.sha256).toBe(crypto.createHash('sha256').update(data).digest('hex'))
      expect(res.body.doc.filesize).toBe(data.length)
    },
  )

  it.each([
    ['invoice.pdf', () => htmlPretendingToBePdf, 'application/pdf'],
    ['image.pdf', () => svg, 'application/pdf'],
    ['run.pdf', () => Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), 'application/pdf'],
    ['list.csv', () => Buffer.from('a,b\n<script>alert(1)</script>,2\n'), 'text/csv'],
    ['pic.png.pdf', () => colourPng(10, 10, [1, 2, 3]), 'application/pdf'],
  ])('refuses %s with a 400 naming the file', async (name, make, declared) => {
    const res = await upload('attachments', name, await make(), declared)
    expect(res.status).toBe(400)
    expect(fileError(res.body)).toMatch(/不支持的附件类型/)
  })

  it('stores a hostile file name safely inside the upload folder', async () => {
    const res = await upload(
      'attachments',
      '../../etc/\u202Egnp.pdf',
      minimalPdf('x'),
      'application/pdf',
    )
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).not.toMatch(/[/\\\u202e]|\.\./)
    const dir = path.join(server.settings.mediaDir, 'attachments')
    expect(fs.existsSync(path.join(dir, res.body.doc.filename))).toBe(true)
  })
})

describe(`images on ${dbKind}`, () => {
  it('makes WebP variants and requires alt text', async () => {
    const png = await colourPng(1600, 900, [40, 120, 200])
    const noAlt = await upload('media', 'banner.png', png, 'image/png')
    expect(noAlt.status).toBe(400)
    expect(noAlt.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'alt' })])
    const res = await upload('media', 'banner.png', png, 'image/png', { alt: '临江市民中心' })
    expect(res.status).toBe(201)
    const sizes = res.body.doc.sizes
    for (const [name, width] of [
      ['thumbnail', 320],
      ['card', 768],
      ['large', 1600],
    ] as const) {
      expect(sizes[name]).toMatchObject({ mimeType: 'image/webp', width })
      expect(sizes[name].filename).toMatch(/\.webp$/)
    }
  })

  it.each([
    ['logo.svg', svg, 'image/svg+xml'],
    ['logo.png', svg, 'image/png'],
    ['page.png', htmlPretendingToBePdf, 'image/png'],
  ])('refuses %s', async (name, data, declared) => {
    const res = await upload('media', name, data, declared, { alt: 'x' })
    expect(res.status).toBe(400)
    expect(fileError(res.body)).toMatch(/不支持的图片/)
  })

  it.each([
    [14_000, 14_000],
    [20_000, 20_000],
    [100_000, 10],
  ])('refuses a small PNG claiming %i×%i pixels fast, before decoding it', async (w, h) => {
    const before = process.memoryUsage().rss
    const res = await upload('media', 'bomb.png', pngClaiming(w, h), 'image/png', { alt: 'bomb' })
    expect(res.status).toBe(400)
    expect(fileError(res.body)).toMatch(new RegExp(`${w}×${h}`))
    expect(res.ms).toBeLessThan(1_000)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  })
})
