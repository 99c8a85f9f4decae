/**
 * The same validation rules on REST, GraphQL and the Local API, with messages in the admin
 * language of the request, and nothing stored when a document is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let token: string
let dept: any
let policy: any

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  policy = await makeDocument(server.payload, 'policies', dept.id)
  await server.payload.create({
    collection: 'users',
    data: {
      email: 'v@example.gov',
      password: 'a long enough password',
      memberships: [{ department: dept.id, roles: ['author'] }],
    } as any,
  })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'v@example.gov', password: 'a long enough password' }),
  })
  token = (await login.json()).token
})
afterAll(async () => {
  await server?.stop()
})

type Case = [
  collection: string,
  overrides: Record<string, unknown>,
  path: string,
  zh: RegExp,
  en: RegExp,
]

const cases: Case[] = [
  [
    'interpretations',
    { form: 'video', videoUrl: 'javascript:alert(1)' },
    'videoUrl',
    /视频解读须填写/,
    /video interpretation needs/,
  ],
  [
    'licensing-decisions',
    { validFrom: '2025-06-01', validUntil: '2025-01-01' },
    'validUntil',
    /有效期至不能早于有效期自/,
    /Valid until is before/,
  ],
  [
    'licensing-decisions',
    { creditCode: '12345' },
    'creditCode',
    /统一社会信用代码应为18位/,
    /unified social credit code/,
  ],
  [
    'procedures',
    { onlineUrl: 'ftp://example.gov' },
    'onlineUrl',
    /网址须以/,
    /must start with http/,
  ],
  ['procedures', { consultPhone: 'call me maybe' }, 'consultPhone', /电话号码/, /phone number/],
  [
    'procedures',
    { legalTimeLimit: 2.5 },
    'legalTimeLimit',
    /整数个工作日/,
    /whole number of working days/,
  ],
  ['penalty-decisions', { fineAmount: 1.0000001 }, 'fineAmount', /金额须为/, /amount is a number/],
  [
    'penalty-decisions',
    { publicationEndDate: '2025-05-01' },
    'publicationEndDate',
    /公示截止期应晚于/,
    /must end after/,
  ],
  ['policies', { validity: 'repealed' }, 'repealedOn', /请填写废止日期/, /repeal date/],
]

describe(`validation on ${dbKind}`, () => {
  it.each(cases)(
    '%s %o: REST names %s, in Chinese by default and English on request',
    async (collection, overrides, path, zh, en) => {
      // An interpretation is only valid with the policy it interprets.
      if (collection === 'interpretations') overrides = { interprets: policy.id, ...overrides }
      const before = await server.payload.count({ collection: collection as any })
      for (const [language, text] of [
        [undefined, zh],
        ['en', en],
      ] as const) {
        const res = await fetch(`${server.url}/api/${collection}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `JWT ${token}`,
            ...(language ? { 'accept-language': language } : {}),
          },
          body: JSON.stringify({ ...build[collection]!(dept.id, overrides), _status: 'published' }),
        })
        expect(res.status).toBe(400)
        const errors = (await res.json()).errors[0].data.errors
        expect(errors).toEqual([expect.objectContaining({ path })])
        expect(errors[0].message).toMatch(text)
      }
      await expect(
        server.payload.create({
          collection: collection as any,
          data: { ...build[collection]!(dept.id, overrides), _status: 'published' } as any,
        }),
      ).rejects.toThrow()
      expect(await server.payload.count({ collection: collection as any })).toEqual(before)
    },
  )

  it('GraphQL refuses the same input with the same message', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        query: `mutation { createProcedure(data: { title: "电话测试", department: ${JSON.stringify(dept.id)}, itemType: licensing, serviceObjects: legal_person, consultPhone: "call me maybe" }) { id } }`,
      }),
    })
    const body = await res.json()
    expect(body.data?.createProcedure ?? null).toBeNull()
    expect(JSON.stringify(body.errors)).toMatch(/电话号码只能包含数字/)
    expect(
      (
        await server.payload.find({
          collection: 'procedures',
          where: { title: { equals: '电话测试' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('an image over 20 MB is refused before anything else happens', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(21 * 1024 * 1024)], { type: 'image/png' }),
      'huge.png',
    )
    form.append('_payload', JSON.stringify({ alt: '太大' }))
    const res = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(res.status).toBe(400)
    const errors = (await res.json()).errors[0].data.errors
    expect(errors[0]).toMatchObject({ path: 'file', message: '文件超过 20 MB 上限' })
  })
})
