/**
 * Security headers on every kind of response (security-checks.md 19 and 14): HSTS, nosniff,
 * Referrer-Policy and a Content-Security-Policy with frame-ancestors on the public API, Payload's
 * REST and GraphQL, health, sitemaps and the portal; uploaded files never sniffed, sandboxed, and
 * downloaded unless they are plain images; CORS never reflects an unregistered origin.
 * (The admin's policy, with its nonce, is checked in Chromium: test/e2e/security-headers.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { person } from '../../support/people'
import { makeDepartment } from '../../support/factories'
import { colourPng, minimalPdf } from '../../support/files'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let token: string

async function upload(
  collection: 'attachments' | 'media',
  name: string,
  data: Buffer,
  type: string,
  fields = {},
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${server.url}/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as any).doc
}

beforeAll(async () => {
  server = await startTestServer()
  const dept = await makeDepartment(server.payload)
  token = (await person(server, dept, ['author'])).token
})
afterAll(async () => {
  await server?.stop()
})

const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  )

function expectCommon(res: Response) {
  expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(res.headers.get('x-powered-by')).toBeNull()
}

describe(`security headers on ${dbKind}`, () => {
  it.each([
    ['/api/v1/documents?pageSize=1', 200],
    ['/api/v1/documents?pageSize=nope', 400],
    ['/api/v1/no-such-thing', 404],
    ['/api/v1/openapi.json', 200],
    ['/api/v1/feeds/documents.atom', 200],
    ['/api/policies?limit=1', 200],
    ['/api/no-such-collection', 404],
    ['/healthz', 200],
    ['/sitemap.xml', 200],
  ])('%s (%i): nothing runs, nothing frames it', async (path, status) => {
    const res = await fetch(`${server.url}${path}`)
    expect(res.status).toBe(status)
    expectCommon(res)
    const csp = directives(res.headers.get('content-security-policy'))
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.has('script-src')).toBe(false)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    // Department websites on other origins may embed what the API serves.
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })

  it('GraphQL answers with the API policy too', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Policies(limit: 1) { totalDocs } }' }),
    })
    expect(res.status).toBe(200)
    expectCommon(res)
    expect(directives(res.headers.get('content-security-policy')).get('default-src')).toEqual([
      "'none'",
    ])
  })

  it('portal pages keep their own policy, with the common headers', async () => {
    for (const path of [
      '/',
      '/search?q=%E8%AE%B8%E5%8F%AF',
      '/documents/00000000-0000-7000-8000-000000000000',
    ]) {
      const res = await fetch(`${server.url}${path}`)
      expect([200, 404]).toContain(res.status)
      expectCommon(res)
      const csp = directives(res.headers.get('content-security-policy'))
      expect(csp.get('default-src')).toEqual(["'none'"])
      expect(csp.get('frame-ancestors')).toEqual(["'self'"])
      expect(csp.has('script-src')).toBe(false)
    }
  })

  it('an image is shown inline but sandboxed; a PDF is a download; neither is sniffed', async () => {
    const png = await upload(
      'media',
      'hall.png',
      await colourPng(20, 20, [10, 20, 30]),
      'image/png',
      {
        alt: '大厅',
      },
    )
    const pdf = await upload('attachments', '通知 "A".pdf', minimalPdf('hello'), 'application/pdf')
    for (const [doc, disposition] of [
      [png, 'inline'],
      [pdf, 'attachment'],
    ] as const) {
      const res = await fetch(`${server.url}${doc.url}`, {
        headers: { authorization: `JWT ${token}` },
      })
      expect(res.status).toBe(200)
      expectCommon(res)
      const csp = directives(res.headers.get('content-security-policy'))
      expect(csp.get('default-src')).toEqual(["'none'"])
      expect(csp.has('sandbox')).toBe(true)
      const header = res.headers.get('content-disposition') ?? ''
      expect(header.startsWith(`${disposition};`)).toBe(true)
      expect(header).toContain(`filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
      await res.arrayBuffer()
    }
  })

  it('CORS never reflects an origin that is not a registered department website', async () => {
    for (const path of ['/api/v1/documents?pageSize=1', '/api/policies?limit=1']) {
      const res = await fetch(`${server.url}${path}`, {
        headers: { origin: 'https://evil.example' },
      })
      expect(res.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
      expect(res.headers.get('access-control-allow-origin')).not.toBe('*')
      expect(res.headers.get('access-control-allow-credentials')).toBeNull()
      await res.arrayBuffer()
    }
  })
})
