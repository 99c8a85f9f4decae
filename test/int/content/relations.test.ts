/**
 * Validity and relations between legal documents, interpretations, and the amendment history
 * (text in force on a date), on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { versionInForce } from '../../../src/domain/amendments'
import { paragraphsToLexical } from '../../../src/richtext/lexical'
import { makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let dept: any

const refId = (ref: any) => (typeof ref.value === 'object' ? ref.value.id : ref.value)

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
})
afterAll(async () => {
  await server?.stop()
})

describe(`relations on ${dbKind}`, () => {
  it('publishing a repealing document marks the repealed one, with the date and a link', async () => {
    const { payload } = server
    const old = await makeDocument(payload, 'policies', dept.id)
    const newer = await makeDocument(
      payload,
      'regulations',
      dept.id,
      { repeals: [{ relationTo: 'policies', value: old.id }] },
      { draft: true },
    )
    // Not yet: a draft changes nothing.
    expect((await payload.findByID({ collection: 'policies', id: old.id })).validity).toBe('valid')
    const published = await payload.update({
      collection: 'regulations',
      id: newer.id,
      data: { _status: 'published' } as any,
    })
    const after: any = await payload.findByID({ collection: 'policies', id: old.id, depth: 0 })
    expect(after.validity).toBe('repealed')
    expect(after.repealedOn).toMatch(new RegExp(`^${published.publishedAt!.slice(0, 10)}`))
    expect(after.repealedBy).toMatchObject({ relationTo: 'regulations' })
    expect(refId(after.repealedBy)).toBe(newer.id)
    // The repealed document stays public, with its status shown.
    const anon = await (await fetch(`${server.url}/api/policies/${old.id}?depth=0`)).json()
    expect(anon.validity).toBe('repealed')
  })

  it('replacing marks the old document repealed and supersededBy; amending lists amendedBy', async () => {
    const { payload } = server
    const replaced = await makeDocument(payload, 'policies', dept.id)
    const amended = await makeDocument(payload, 'regulations', dept.id)
    const newer = await makeDocument(payload, 'policies', dept.id, {
      supersedes: [{ relationTo: 'policies', value: replaced.id }],
      amends: [{ relationTo: 'regulations', value: amended.id }],
    })
    const r: any = await payload.findByID({ collection: 'policies', id: replaced.id, depth: 0 })
    expect(r.validity).toBe('repealed')
    expect(r.supersededBy.map(refId)).toEqual([newer.id])
    const a: any = await payload.findByID({ collection: 'regulations', id: amended.id, depth: 0 })
    expect(a.validity).toBe('valid')
    expect(a.amendedBy.map(refId)).toEqual([newer.id])
    // Publishing the newer document again adds nothing twice.
    await payload.update({
      collection: 'policies',
      id: newer.id,
      data: { summary: '再次发布', _status: 'published' } as any,
    })
    const a2: any = await payload.findByID({ collection: 'regulations', id: amended.id, depth: 0 })
    expect(a2.amendedBy.map(refId)).toEqual([newer.id])
  })

  it('an expired or repealed document needs its date', async () => {
    await expect(
      makeDocument(server.payload, 'policies', dept.id, { validity: 'expired' }),
    ).rejects.toThrow(/expiredOn|失效日期/)
    const ok = await makeDocument(server.payload, 'policies', dept.id, {
      validity: 'expired',
      expiredOn: '2025-12-31',
    })
    expect(ok.validity).toBe('expired')
  })

  it('a policy lists its interpretations; an interpretation needs its policy', async () => {
    const { payload } = server
    const policy = await makeDocument(payload, 'policies', dept.id)
    await makeDocument(payload, 'interpretations', dept.id, { interprets: policy.id })
    await makeDocument(payload, 'interpretations', dept.id, { interprets: policy.id, form: 'qa' })
    const withJoin: any = await payload.findByID({
      collection: 'policies',
      id: policy.id,
      depth: 1,
    })
    expect(withJoin.interpretations.docs).toHaveLength(2)
    await expect(makeDocument(payload, 'interpretations', dept.id)).rejects.toThrow(
      /interprets|解读的政策文件/,
    )
  })
})

describe(`amendment history on ${dbKind}`, () => {
  it('keeps each amendment and rebuilds the text in force on any date', async () => {
    const { payload } = server
    const reg = await makeDocument(payload, 'regulations', dept.id, {
      effectiveDate: '2020-03-01',
      body: paragraphsToLexical(['原文']),
      amendments: [
        {
          kind: 'amendment',
          decisionDocNumber: '令第12号',
          decisionDate: '2021-05-20',
          effectiveDate: '2021-07-01',
          text: paragraphsToLexical(['第一次修正后']),
        },
        {
          kind: 'revision',
          decisionDocNumber: '令第27号',
          decisionDate: '2024-10-15',
          effectiveDate: '2025-01-01',
          text: paragraphsToLexical(['2024年修订后']),
        },
      ],
    })
    const stored: any = await payload.findByID({ collection: 'regulations', id: reg.id })
    expect(stored.amendments).toHaveLength(2)
    const textOf = (state: any) => state.root.children[0].children[0].text
    const asOf = (date: string) => {
      const v = versionInForce(
        { text: stored.body, effectiveDate: stored.effectiveDate.slice(0, 10) },
        stored.amendments.map((a: any) => ({ ...a, effectiveDate: a.effectiveDate.slice(0, 10) })),
        date,
      )
      return v && textOf(v.text)
    }
    expect(asOf('2019-12-31')).toBeNull()
    expect(asOf('2020-03-01')).toBe('原文')
    expect(asOf('2021-06-30')).toBe('原文')
    expect(asOf('2021-07-01')).toBe('第一次修正后')
    expect(asOf('2024-12-31')).toBe('第一次修正后')
    expect(asOf('2026-01-01')).toBe('2024年修订后')
  })

  it('an amendment needs its effective date and text', async () => {
    await expect(
      makeDocument(server.payload, 'regulations', dept.id, {
        amendments: [{ kind: 'amendment', decisionDocNumber: '令第1号' }],
      }),
    ).rejects.toThrow(/effectiveDate|施行日期|text|修改后全文/)
  })
})

describe(`marking a document that has an unreviewed draft, on ${dbKind}`, () => {
  it('marks the published version and keeps the draft unpublished, and marked too', async () => {
    const { payload } = server
    const topic = await payload.create({
      collection: 'topics',
      data: { code: 'T01', name: '测试主题' },
    })
    const old = await makeDocument(payload, 'policies', dept.id, {
      title: '公开的旧文件',
      docNumber: '临政发〔2020〕1号',
      topics: [topic.id],
      amends: [],
    })
    // An editor starts changing the published document: a working copy over it.
    await payload.update({
      collection: 'policies',
      id: old.id,
      draft: true,
      data: { title: '未经审核的修改稿', _status: 'draft' } as any,
    })
    await payload.update({
      collection: 'policies',
      id: old.id,
      draft: true,
      locale: 'en',
      data: { title: 'Unreviewed English draft', _status: 'draft' } as any,
    })
    await makeDocument(payload, 'policies', dept.id, {
      repeals: [{ relationTo: 'policies', value: old.id }],
    })

    const publicZh = await (await fetch(`${server.url}/api/policies/${old.id}?depth=0`)).json()
    expect(publicZh.title).toBe('公开的旧文件')
    expect(publicZh.validity).toBe('repealed')
    // Only the status changed: everything else of the published version is as it was.
    expect(publicZh).toMatchObject({
      summary: old.summary,
      docNumber: '临政发〔2020〕1号',
      topics: [topic.id],
      indexNumber: old.indexNumber,
    })
    expect(publicZh.repealedBy).toMatchObject({ relationTo: 'policies' })
    const publicEn = await (
      await fetch(`${server.url}/api/policies/${old.id}?depth=0&locale=en`)
    ).json()
    expect(JSON.stringify(publicEn)).not.toContain('Unreviewed English draft')
    const anonDrafts = await (
      await fetch(`${server.url}/api/policies?draft=true&limit=1000&depth=0`)
    ).json()
    expect(JSON.stringify(anonDrafts)).not.toContain('未经审核的修改稿')

    const draft: any = await payload.findByID({
      collection: 'policies',
      id: old.id,
      draft: true,
      depth: 0,
    })
    expect(draft._status).toBe('draft')
    expect(draft.title).toBe('未经审核的修改稿')
    expect(draft.validity).toBe('repealed')
    const draftEn: any = await payload.findByID({
      collection: 'policies',
      id: old.id,
      draft: true,
      depth: 0,
      locale: 'en',
    })
    expect(draftEn.title).toBe('Unreviewed English draft')
  })
})
