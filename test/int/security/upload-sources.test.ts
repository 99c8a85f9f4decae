/**
 * Files come in the request or not at all (security-checks.md 17): a create that names a URL or a
 * stored file instead of carrying one is refused with a 400 naming `file`, and the server never
 * calls the URL (Payload would fetch it when image edits come along, and the fetched file would
 * skip the type checks). Uploads from URL are not enabled (no paste-URL endpoint).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { person } from '../../support/people'
import { makeDepartment } from '../../support/factories'
import { colourPng } from '../../support/files'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let token: string
let receiver: http.Server
let receiverUrl: string
const calls: string[] = []

beforeAll(async () => {
  const png = await colourPng(20, 20, [200, 10, 10])
  receiver = http.createServer((req, res) => {
    calls.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'image/png' }).end(png)
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  server = await startTestServer()
  const dept = await makeDepartment(server.payload)
  token = (await person(server, dept, ['author'])).token
})
afterAll(async () => {
  await server?.stop()
  receiver?.close()
})

const EDITS =
  'uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=10&uploadEdits[crop][height]=10&uploadEdits[crop][unit]=px&uploadEdits[focalPoint][x]=10&uploadEdits[focalPoint][y]=10'

async function createWithout(collection: string, data: Record<string, unknown>, query = EDITS) {
  const res = await fetch(`${server.url}/api/${collection}?${query}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  return { status: res.status, body: (await res.json()) as any }
}

const fileMessage = (body: any) =>
  body.errors?.[0]?.data?.errors?.find((e: any) => e.path === 'file')?.message ?? ''

describe(`upload sources on ${dbKind}`, () => {
  it.each([
    ['media', { alt: '远程图片', filename: 'remote.png', url: '' }],
    ['attachments', { filename: 'remote.pdf', url: '' }],
  ])('%s: a URL instead of a file is refused, and never fetched', async (collection, data) => {
    for (const query of [EDITS, '']) {
      const res = await createWithout(
        collection,
        { ...data, url: `${receiverUrl}/${collection}.png` },
        query,
      )
      expect(res.status).toBe(400)
      expect(fileMessage(res.body)).toMatch(/不从网址或文件名读取文件/)
    }
    expect(calls).toEqual([])
    const { totalDocs } = await server.payload.count({ collection: collection as any })
    expect(totalDocs).toBe(0)
  })

  it('a stored name instead of a file (another document’s file, or a path) is refused', async () => {
    for (const [data, refusal] of [
      [{ alt: 'x', filename: 'existing.png', url: '/api/media/file/existing.png' }, 'ours'],
      [{ alt: 'x', filename: 'existing.png' }, 'ours'],
      // A path out of the folder: Payload itself refuses it first.
      [{ alt: 'x', filename: '../../etc/passwd', url: '/etc/passwd' }, 'Payload'],
    ] as const) {
      const res = await createWithout('media', data)
      expect(res.status).toBe(400)
      if (refusal === 'ours') expect(fileMessage(res.body)).toMatch(/不从网址或文件名读取文件/)
      else expect(res.body.errors[0].message).toMatch(/Invalid filename/)
    }
    expect(await server.payload.count({ collection: 'media' })).toEqual({ totalDocs: 0 })
  })

  it('a real upload still works, and there is no paste-URL endpoint', async () => {
    const form = new FormData()
    const png = await colourPng(20, 20, [1, 2, 3])
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'ok.png')
    form.append('_payload', JSON.stringify({ alt: '正常上传' }))
    const ok = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(ok.status).toBe(201)
    const paste = await fetch(
      `${server.url}/api/media/paste-url?src=${encodeURIComponent(`${receiverUrl}/p.png`)}`,
      { headers: { authorization: `JWT ${token}` } },
    )
    expect(paste.status).toBeGreaterThanOrEqual(400)
    expect(paste.status).toBeLessThan(500)
    expect(calls).toEqual([])
  })
})
