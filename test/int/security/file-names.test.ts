/**
 * Hostile file names (security-checks.md 16): whatever name an upload claims (path parts in either
 * slash, percent-encoded slashes, NUL and other controls, bidi overrides, reserved characters, a
 * name of thousands of characters), the stored file lands inside its collection's folder under a
 * short safe name; and reading files by a crafted path never leaves the folder.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { person } from '../../support/people'
import { makeDepartment } from '../../support/factories'
import { minimalPdf } from '../../support/files'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let token: string

beforeAll(async () => {
  server = await startTestServer()
  const dept = await makeDepartment(server.payload)
  token = (await person(server, dept, ['author'])).token
})
afterAll(async () => {
  await server?.stop()
})

async function upload(name: string) {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(minimalPdf('x'))], { type: 'application/pdf' }),
    name,
  )
  form.append('_payload', JSON.stringify({}))
  const res = await fetch(`${server.url}/api/attachments`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  return { status: res.status, body: (await res.json()) as any }
}

const folder = () => path.join(server.settings.mediaDir, 'attachments')

describe(`hostile file names on ${dbKind}`, () => {
  it.each([
    ['../../etc/passwd.pdf'],
    ['..\\..\\windows\\win.ini.pdf'],
    ['..%2f..%2fetc%2fpasswd.pdf'],
    ['/absolute/path.pdf'],
    ['C:\\Users\\x\\report.pdf'],
    ['line\r\nbreak.pdf'],
    ['\u202Efdp.exe'],
    ['<script>alert(1)</script>.pdf'],
    ['con:"*?|.pdf'],
    ['...'],
    [`${'长'.repeat(3000)}.pdf`],
  ])('%j is stored inside the folder under a short safe name', async (name) => {
    const res = await upload(name)
    expect(res.status).toBe(201)
    const stored: string = res.body.doc.filename
    expect(stored).toMatch(/\.pdf$/)
    // eslint-disable-next-line no-control-regex
    expect(stored).not.toMatch(/[/\\\u0000-\u001f\u202a-\u202e<>:"|?*%]|^\.+$/)
    // File systems count bytes: at most 255 a name.
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(160)
    const where = path.resolve(folder(), stored)
    expect(path.dirname(where)).toBe(path.resolve(folder()))
    expect(fs.existsSync(where)).toBe(true)
  })

  it('reading by a crafted path never leaves the folder', async () => {
    // A file beside the folder that must never be served.
    const secret = path.join(server.settings.mediaDir, 'secret.txt')
    fs.writeFileSync(secret, 'not for the web')
    for (const crafted of [
      '..%2fsecret.txt',
      '%2e%2e%2fsecret.txt',
      '..%5csecret.txt',
      '%2e%2e/secret.txt',
      '....//secret.txt',
      'x%00.pdf',
    ]) {
      const res = await fetch(`${server.url}/api/attachments/file/${crafted}`, {
        headers: { authorization: `JWT ${token}` },
      })
      const body = await res.text()
      expect(res.status, crafted).toBeGreaterThanOrEqual(400)
      expect(res.status, crafted).toBeLessThan(500)
      expect(body).not.toContain('not for the web')
    }
  })
})
