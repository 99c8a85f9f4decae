/**
 * Licensing and penalty decisions: masking of natural persons in every public output, full values
 * only for the owning department's staff, and a penalty leaving public output on its end date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDepartment, makeDocument, residentId } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let dept: any
let other: any
const tokens: Record<string, string> = {}

async function get(path: string, who?: 'own' | 'other') {
  const res = await fetch(server.url + path, {
    headers: who ? { authorization: `JWT ${tokens[who]}` } : {},
  })
  return { status: res.status, body: (await res.json()) as any }
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  dept = await makeDepartment(payload)
  other = await makeDepartment(payload)
  for (const [who, department] of [
    ['own', dept],
    ['other', other],
  ] as const) {
    await payload.create({
      collection: 'users',
      data: {
        email: `${who}@example.gov`,
        password: 'a long enough password',
        memberships: [{ department: department.id }],
      } as any,
    })
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${who}@example.gov`, password: 'a long enough password' }),
    })
    tokens[who] = (await login.json()).token
  }
})
afterAll(async () => {
  await server?.stop()
})

describe(`decisions on ${dbKind}`, () => {
  it('masks a natural person for the public and other departments; the owning department reads all', async () => {
    const id = residentId('19900307', '123')
    const doc = await makeDocument(server.payload, 'penalty-decisions', dept.id, {
      partyName: '欧阳娜娜',
      partyType: 'natural_person',
      idType: 'resident_id',
      idNumber: id,
    })
    expect(doc.partyNamePublic).toBe('欧阳**')
    expect(doc.idNumberPublic).toBe(`330102********${id.slice(-4)}`)
    expect(doc.title).toContain('欧阳**')
    expect(doc.title).not.toContain('娜娜')

    for (const who of [undefined, 'other'] as const) {
      const one = await get(`/api/penalty-decisions/${doc.id}`, who)
      expect(one.status).toBe(200)
      expect(one.body.partyNamePublic).toBe('欧阳**')
      expect(one.body.partyName).toBeUndefined()
      expect(one.body.idNumber).toBeUndefined()
      expect(JSON.stringify(one.body)).not.toContain('娜娜')
      expect(JSON.stringify(one.body)).not.toContain(id)
      const list = await get(`/api/penalty-decisions?limit=100`, who)
      expect(JSON.stringify(list.body)).not.toContain(id)
      expect(JSON.stringify(list.body)).not.toContain('娜娜')
    }
    const own = await get(`/api/penalty-decisions/${doc.id}`, 'own')
    expect(own.body.partyName).toBe('欧阳娜娜')
    expect(own.body.idNumber).toBe(id)
  })

  it('keeps a legal person public and unmasked', async () => {
    const doc = await makeDocument(server.payload, 'licensing-decisions', dept.id, {
      partyName: '临江恒达科技有限公司',
      legalRepresentative: '张三',
    })
    const anon = await get(`/api/licensing-decisions/${doc.id}`)
    expect(anon.body.partyName).toBe('临江恒达科技有限公司')
    expect(anon.body.partyNamePublic).toBe('临江恒达科技有限公司')
    expect(anon.body.title).toBe('临江恒达科技有限公司 食品经营许可决定书')
  })

  it('checks a natural person’s ID number', async () => {
    await expect(
      makeDocument(server.payload, 'licensing-decisions', dept.id, {
        partyName: '张三',
        partyType: 'natural_person',
        idType: 'resident_id',
        idNumber: '330102199003071231',
      }),
    ).rejects.toThrow(/idNumber|证件号码/)
    await expect(
      makeDocument(server.payload, 'licensing-decisions', dept.id, {
        partyName: '张三',
        partyType: 'natural_person',
      }),
    ).rejects.toThrow(/idType|idNumber|证件/)
  })

  it('refuses a second decision with the same number in the department', async () => {
    await makeDocument(server.payload, 'penalty-decisions', dept.id, {
      decisionNumber: '临市监罚〔2025〕99号',
    })
    await expect(
      makeDocument(server.payload, 'penalty-decisions', dept.id, {
        decisionNumber: '临市监罚〔2025〕99号',
      }),
    ).rejects.toThrow()
    const elsewhere = await makeDocument(server.payload, 'penalty-decisions', other.id, {
      decisionNumber: '临市监罚〔2025〕99号',
    })
    expect(elsewhere.id).toBeTruthy()
  })

  it('a penalty leaves public output on its publication end date, staff still see it', async () => {
    const ended = await makeDocument(server.payload, 'penalty-decisions', dept.id, {
      decisionDate: '2024-01-10',
      publicationEndDate: '2025-01-10',
    })
    const running = await makeDocument(server.payload, 'penalty-decisions', dept.id, {
      publicationEndDate: '2099-01-01',
    })
    expect(ended.unpublishAt).toBe('2025-01-09T16:00:00.000Z')
    expect((await get(`/api/penalty-decisions/${ended.id}`)).status).toBe(404)
    const list = await get('/api/penalty-decisions?limit=1000&depth=0')
    const ids = list.body.docs.map((d: any) => d.id)
    expect(ids).toContain(running.id)
    expect(ids).not.toContain(ended.id)
    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ PenaltyDecisions(limit: 1000) { docs { id } } }' }),
    }).then((r) => r.json())
    expect(gql.data.PenaltyDecisions.docs.map((d: any) => d.id)).not.toContain(ended.id)
    expect((await get(`/api/penalty-decisions/${ended.id}`, 'own')).status).toBe(200)
  })

  it('refuses an end date before the decision, and amounts with too many decimals', async () => {
    await expect(
      makeDocument(server.payload, 'penalty-decisions', dept.id, {
        decisionDate: '2025-06-01',
        publicationEndDate: '2025-05-01',
      }),
    ).rejects.toThrow(/publicationEndDate|公示截止期/)
    await expect(
      makeDocument(server.payload, 'penalty-decisions', dept.id, { fineAmount: 0.0000001 }),
    ).rejects.toThrow(/fineAmount|金额/)
    await expect(
      makeDocument(server.payload, 'penalty-decisions', dept.id, { fineAmount: -1 }),
    ).rejects.toThrow()
  })
})
