/**
 * The publication workflow over real HTTP on a real database: only the workflow publishes, four
 * eyes, edits during and after review, withdrawal and unpublishing, departments and roles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let dept: any
let other: any
let author: Person
let reviewer: Person
let publisher: Person
let authorReviewer: Person
let stranger: Person
let sysadmin: Person

const pub = (id: number | string) => call(server, null, 'GET', `/api/policies/${id}?depth=0`)

async function draftBy(who: Person, overrides: Record<string, unknown> = {}) {
  const res = await call(server, who, 'POST', '/api/policies', {
    ...build.policies(dept.id),
    ...overrides,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc
}

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  other = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  reviewer = await person(server, dept, ['reviewer'])
  publisher = await person(server, dept, ['publisher'])
  authorReviewer = await person(server, dept, ['author', 'reviewer'])
  stranger = await person(server, other, ['author', 'reviewer', 'publisher'])
  sysadmin = await person(server, null, [], { platformRoles: ['system_admin'] })
})
afterAll(async () => {
  await server?.stop()
})

describe(`workflow on ${dbKind}`, () => {
  it('a person cannot publish by any API: every save is a draft', async () => {
    const doc = await draftBy(author, { _status: 'published', workflowState: 'published' })
    expect(doc).toMatchObject({ _status: 'draft', workflowState: 'draft' })
    expect((await pub(doc.id)).status).toBe(404)
    const patched = await call(server, author, 'PATCH', `/api/policies/${doc.id}?draft=false`, {
      _status: 'published',
    })
    expect(patched.body.doc).toMatchObject({ _status: 'draft', workflowState: 'draft' })
    const gql = await call(server, author, 'POST', '/api/graphql', {
      query: `mutation { updatePolicy(id: ${JSON.stringify(doc.id)}, data: { _status: published, workflowState: published }) { _status workflowState } }`,
    })
    expect(gql.body.data.updatePolicy).toEqual({ _status: 'draft', workflowState: 'draft' })
    expect((await pub(doc.id)).status).toBe(404)
  })

  it('author submits, reviewer approves, publisher publishes; then the public sees it', async () => {
    const doc = await draftBy(author)
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
    const res = await pub(doc.id)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ _status: 'published', workflowState: 'published' })
    expect(res.body.indexNumber).toBeTruthy()
    expect(res.body.changeEditors).toBeUndefined()
    expect(res.body.reviewComment).toBeUndefined()
  })

  it('each action belongs to its role', async () => {
    const doc = await draftBy(author)
    expect((await act(server, reviewer, 'policies', doc.id, 'submit')).status).toBe(403)
    expect((await act(server, author, 'policies', doc.id, 'submit')).status).toBe(200)
    for (const [who, action] of [
      [author, 'approve'],
      [publisher, 'approve'],
      [reviewer, 'publish'],
    ] as const) {
      const res = await act(server, who, 'policies', doc.id, action)
      expect([403, 409]).toContain(res.status)
    }
    expect((await act(server, publisher, 'policies', doc.id, 'publish')).body.errors[0].code).toBe(
      'wrong_state',
    )
  })

  it('nobody approves their own change', async () => {
    const doc = await draftBy(authorReviewer)
    expect((await act(server, authorReviewer, 'policies', doc.id, 'submit')).status).toBe(200)
    const own = await act(server, authorReviewer, 'policies', doc.id, 'approve')
    expect(own.status).toBe(403)
    expect(own.body.errors[0]).toMatchObject({
      code: 'own_change',
      message: '不能审核自己撰写或修改的内容',
    })
    expect((await act(server, reviewer, 'policies', doc.id, 'approve')).status).toBe(200)
  })

  it('a change under review is frozen; an edit after approval voids the approval', async () => {
    const doc = await draftBy(author)
    await act(server, author, 'policies', doc.id, 'submit')
    const frozen = await call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
      summary: '审核中修改',
    })
    expect(frozen.status).toBe(409)
    await act(server, reviewer, 'policies', doc.id, 'approve')
    const edited = await call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
      summary: '审核后修改',
    })
    expect(edited.body.doc.workflowState).toBe('draft')
    const publish = await act(server, publisher, 'policies', doc.id, 'publish')
    expect(publish.status).toBe(409)
    expect((await pub(doc.id)).status).toBe(404)
  })

  it('an edit of a published document waits for review while the public keeps the old text', async () => {
    const doc = await draftBy(author, { title: '原标题' })
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
    const edit = await call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
      title: '修改后的标题',
    })
    expect(edit.body.doc).toMatchObject({
      _status: 'draft',
      workflowState: 'draft',
      title: '修改后的标题',
    })
    expect((await pub(doc.id)).body.title).toBe('原标题')
    const status = await call(server, author, 'GET', `/api/policies/${doc.id}/workflow`)
    expect(status.body).toMatchObject({
      workflowState: 'draft',
      publishedState: 'published',
      actions: ['submit'],
    })
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
    expect((await pub(doc.id)).body.title).toBe('修改后的标题')
  })

  it('reject needs a comment and returns the draft with it', async () => {
    const doc = await draftBy(author)
    await act(server, author, 'policies', doc.id, 'submit')
    const bare = await act(server, reviewer, 'policies', doc.id, 'reject')
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0]).toMatchObject({ code: 'missing_input', field: 'comment' })
    expect(
      (await act(server, reviewer, 'policies', doc.id, 'reject', { comment: '请补充依据' })).status,
    ).toBe(200)
    const mine = await call(server, author, 'GET', `/api/policies/${doc.id}?draft=true&depth=0`)
    expect(mine.body).toMatchObject({ workflowState: 'draft', reviewComment: '请补充依据' })
  })

  it('withdraw keeps the document resolvable with its notice; unpublish removes it', async () => {
    const doc = await draftBy(author)
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
    const noNotice = await act(server, publisher, 'policies', doc.id, 'withdraw')
    expect(noNotice.body.errors[0]).toMatchObject({ field: 'notice' })
    expect(
      (
        await act(server, publisher, 'policies', doc.id, 'withdraw', {
          notice: '因上位法修改，本文件撤回',
        })
      ).status,
    ).toBe(200)
    const withdrawn = await pub(doc.id)
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body).toMatchObject({
      workflowState: 'withdrawn',
      withdrawnNotice: '因上位法修改，本文件撤回',
    })
    expect(withdrawn.body.withdrawnAt).toBeTruthy()
    expect(
      (await act(server, publisher, 'policies', doc.id, 'unpublish', { reason: '误发' })).status,
    ).toBe(200)
    expect((await pub(doc.id)).status).toBe(404)
    const list = await call(server, null, 'GET', '/api/policies?limit=1000&depth=0')
    expect(list.body.docs.map((d: any) => d.id)).not.toContain(doc.id)
    const staff = await call(server, author, 'GET', `/api/policies/${doc.id}?depth=0`)
    expect(staff.body).toMatchObject({ workflowState: 'unpublished', unpublishedReason: '误发' })
  })

  it('another department cannot see or act on the work; platform admins cannot act at all', async () => {
    const doc = await draftBy(author)
    await act(server, author, 'policies', doc.id, 'submit')
    for (const who of [stranger, sysadmin]) {
      expect((await act(server, who, 'policies', doc.id, 'approve')).status).toBe(404)
      expect((await call(server, who, 'GET', `/api/policies/${doc.id}?draft=true`)).status).toBe(
        404,
      )
      expect(
        (await call(server, who, 'PATCH', `/api/policies/${doc.id}`, { title: 'x' })).status,
      ).toBeGreaterThanOrEqual(403)
    }
    const create = await call(server, stranger, 'POST', '/api/policies', build.policies(dept.id))
    expect(create.status).toBe(403)
    expect(
      (await call(server, sysadmin, 'POST', '/api/policies', build.policies(dept.id))).status,
    ).toBe(403)
  })

  it('an unknown action, or none, is a 400; anonymous is a 401', async () => {
    const doc = await draftBy(author)
    expect((await act(server, author, 'policies', doc.id, 'delete')).status).toBe(400)
    expect(
      (await call(server, author, 'POST', `/api/policies/${doc.id}/workflow`, {})).status,
    ).toBe(400)
    expect(
      (await call(server, null, 'POST', `/api/policies/${doc.id}/workflow`, { action: 'submit' }))
        .status,
    ).toBe(401)
  })

  it('an edit based on a stale version gets 409 (REST body or If-Match, GraphQL); a current one passes', async () => {
    const doc = await draftBy(author, { summary: '第一版' })
    const base = doc.updatedAt
    const first = await call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
      summary: '同事的修改',
      updatedAt: base,
    })
    expect(first.status).toBe(200)
    const stale = await call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
      summary: '基于旧版本的修改',
      updatedAt: base,
    })
    expect(stale.status).toBe(409)
    expect(stale.body.errors[0].message).toBe(
      '此文件在您打开后已被他人修改。请重新加载，再次进行您的修改。',
    )
    expect(stale.body.errors[0].data).toMatchObject({ field: 'updatedAt', code: 'stale_version' })
    const header = await call(
      server,
      author,
      'PATCH',
      `/api/policies/${doc.id}`,
      { summary: '基于旧版本的修改' },
      { 'if-match': `"${base}"`, 'accept-language': 'en' },
    )
    expect(header.status).toBe(409)
    const gql = await call(server, author, 'POST', '/api/graphql', {
      query: `mutation { updatePolicy(id: ${JSON.stringify(doc.id)}, draft: true, data: { summary: "GraphQL 旧版本", updatedAt: ${JSON.stringify(base)} }) { summary } }`,
    })
    expect(gql.body.errors?.[0]?.message).toBe(
      '此文件在您打开后已被他人修改。请重新加载，再次进行您的修改。',
    )
    const invalid = await call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
      summary: 'x',
      updatedAt: 'yesterday',
    })
    expect(invalid.status).toBe(400)
    const stored: any = await server.payload.findByID({
      collection: 'policies',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    })
    expect(stored.summary).toBe('同事的修改')
    const current = await call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
      summary: '基于最新版本',
      updatedAt: stored.updatedAt,
    })
    expect(current.status).toBe(200)
  })

  it('of two simultaneous edits on the same version, exactly one wins', async () => {
    const doc = await draftBy(author)
    const results = await Promise.all(
      ['甲', '乙', '丙', '丁'].map((summary) =>
        call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
          summary,
          updatedAt: doc.updatedAt,
        }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409])
  })

  it('an edit lock is released only by its holder or a security admin; nobody locks in another name', async () => {
    const doc = await draftBy(author)
    const colleague = await person(server, dept, ['author'])
    const security = await person(server, null, [], { platformRoles: ['security_admin'] })
    const lock = await call(server, author, 'POST', '/api/payload-locked-documents', {
      document: { relationTo: 'policies', value: doc.id },
      user: { relationTo: 'users', value: author.id },
    })
    expect(lock.status).toBe(201)
    const lockId = lock.body.doc.id
    const forged = await call(server, colleague, 'POST', '/api/payload-locked-documents', {
      document: { relationTo: 'policies', value: doc.id },
      user: { relationTo: 'users', value: author.id },
    })
    expect(forged.status).toBe(403)
    const takeover = await call(
      server,
      colleague,
      'PATCH',
      `/api/payload-locked-documents/${lockId}`,
      {
        user: { relationTo: 'users', value: colleague.id },
      },
    )
    expect(takeover.status).toBe(403)
    expect(takeover.body.errors[0].message).toContain('只有编辑者本人或安全管理员可以解除锁定')
    expect(
      (await call(server, colleague, 'DELETE', `/api/payload-locked-documents/${lockId}`)).status,
    ).toBe(403)
    // While locked, the colleague's edit is refused by Payload's lock check.
    const blocked = await call(server, colleague, 'PATCH', `/api/policies/${doc.id}`, {
      summary: '抢先修改',
    })
    expect(blocked.status).toBe(423)
    expect(
      (await call(server, security, 'DELETE', `/api/payload-locked-documents/${lockId}`)).status,
    ).toBe(200)
    expect(
      (await call(server, colleague, 'PATCH', `/api/policies/${doc.id}`, { summary: '解锁后修改' }))
        .status,
    ).toBe(200)
  })

  it('the inbox: reviewers see changes to review, publishers approved ones, oldest first, own department only', async () => {
    const inbox = async (who: Person) =>
      (await call(server, who, 'GET', '/api/workflow/inbox')).body.items as any[]
    const before = new Set((await inbox(reviewer)).map((i) => `${i.collection}:${i.id}`))
    const first = await draftBy(author, { title: '先提交的' })
    const second = await draftBy(author, { title: '后提交的' })
    const own = await draftBy(authorReviewer, { title: '自己写的' })
    const elsewhere = await call(
      server,
      stranger,
      'POST',
      '/api/policies',
      build.policies(other.id),
    )
    for (const [who, id] of [
      [author, first.id],
      [author, second.id],
      [authorReviewer, own.id],
      [stranger, elsewhere.body.doc.id],
    ] as const)
      expect((await act(server, who, 'policies', id, 'submit')).status).toBe(200)

    const waiting = (await inbox(reviewer)).filter((i) => !before.has(`${i.collection}:${i.id}`))
    expect(waiting.map((i) => i.title)).toEqual(['先提交的', '后提交的', '自己写的'])
    expect(waiting.every((i) => i.state === 'in_review' && i.versionId)).toBe(true)
    expect(waiting[0].publishedVersionId).toBeNull() // never published: nothing to compare with
    // Nobody is asked to review their own change.
    expect((await inbox(authorReviewer)).map((i) => i.title)).not.toContain('自己写的')
    // Another department's reviewer sees none of this department's work (nor their own change).
    const strangers = (await inbox(stranger)).map((i) => String(i.id))
    expect(strangers).not.toContain(String(first.id))
    expect(strangers).not.toContain(String(elsewhere.body.doc.id))
    expect(await inbox(author)).toEqual([])

    await act(server, reviewer, 'policies', first.id, 'approve')
    const toPublish = await inbox(publisher)
    expect(toPublish.map((i) => [i.title, i.state])).toContainEqual(['先提交的', 'approved'])
    expect((await inbox(reviewer)).map((i) => i.title)).not.toContain('先提交的')
    expect((await call(server, null, 'GET', '/api/workflow/inbox')).status).toBe(401)
  })

  it('the inbox links an edit of a published document to the diff against the published version', async () => {
    const doc = await draftBy(author, { title: '已发布的原文' })
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
    await call(server, author, 'PATCH', `/api/policies/${doc.id}`, { title: '修改后的文本' })
    await act(server, author, 'policies', doc.id, 'submit')
    const item = (
      (await call(server, reviewer, 'GET', '/api/workflow/inbox')).body.items as any[]
    ).find((i) => String(i.id) === String(doc.id))
    expect(item).toMatchObject({ title: '修改后的文本', state: 'in_review' })
    const { docs } = await server.payload.findVersions({
      collection: 'policies',
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
      pagination: false,
      overrideAccess: true,
    })
    expect(item.versionId).toBe(String(docs[0]!.id))
    const published = docs.find((v: any) => v.version._status === 'published')!
    expect(item.publishedVersionId).toBe(String(published.id))
    expect((published as any).version.title).toBe('已发布的原文')
  })
})
