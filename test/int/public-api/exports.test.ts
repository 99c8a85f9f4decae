/**
 * Open-data exports over real HTTP on a real database: CSV with BOM and header, JSON Lines, one
 * record per published document (no draft, no withdrawn one), personal data of natural persons
 * masked in every format, 404/400 problems valid against the served OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportColumns } from '../../../src/public-api/export-columns'
import { build, makeDepartment, residentId } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { openApiValidator, type OpenApiValidator } from '../../support/openapi'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let check: OpenApiValidator
let department: any
let people: { author: Person; reviewer: Person; publisher: Person }
const docs: Record<string, any> = {}
const PERSON = '欧阳锋'
const ID_NUMBER = residentId('19800101', '321')

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell.replace(/\r$/, ''))
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') endCell()
    else if (c === '\n') {
      endCell()
      rows.push(row)
      row = []
    } else cell += c
  }
  if (cell || row.length) {
    endCell()
    rows.push(row)
  }
  return rows
}

async function create(collection: string, data: Record<string, unknown>) {
  const res = await call(server, people.author, 'POST', `/api/${collection}`, data)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc
}
async function publish(collection: string, data: Record<string, unknown>) {
  const doc = await create(collection, data)
  await publishThroughWorkflow(server, people, collection, doc.id)
  return server.payload.findByID({ collection: collection as any, id: doc.id }) as any
}

beforeAll(async () => {
  server = await startTestServer()
  check = openApiValidator(await (await fetch(`${server.url}/api/v1/openapi.json`)).json())
  department = await makeDepartment(server.payload)
  people = {
    author: await person(server, department, ['author']),
    reviewer: await person(server, department, ['reviewer']),
    publisher: await person(server, department, ['publisher']),
  }
  const natural = {
    partyType: 'natural_person',
    partyName: PERSON,
    idType: 'resident_id',
    idNumber: ID_NUMBER,
    creditCode: null,
  }
  docs.person = await publish('licensing-decisions', {
    ...build['licensing-decisions'](department.id),
    ...natural,
    content: '含逗号, "引号" 和\n换行的许可内容',
  })
  docs.company = await publish('licensing-decisions', build['licensing-decisions'](department.id))
  docs.withdrawn = await publish('licensing-decisions', build['licensing-decisions'](department.id))
  await act(server, people.publisher, 'licensing-decisions', docs.withdrawn.id, 'withdraw', {
    notice: '撤回',
  })
  docs.draft = await create('licensing-decisions', build['licensing-decisions'](department.id))
  docs.penalty = await publish('penalty-decisions', {
    ...build['penalty-decisions'](department.id),
    ...natural,
  })
  docs.policy = await publish('policies', {
    ...build.policies(department.id),
    title: '导出测试政策',
    docNumber: '临政发〔2025〕9号',
    genre: 'notice',
    signedDate: '2025-05-20',
  })
})
afterAll(async () => {
  await server?.stop()
})

describe(`exports on ${dbKind}`, () => {
  it('licensing.csv: BOM, header of English keys, one record per published decision, masked person', async () => {
    const res = await fetch(`${server.url}/api/v1/exports/licensing.csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="gongkai-licensing.csv"',
    )
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(res.headers.get('etag')).toBeNull()
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    expect(text).not.toContain(PERSON)
    expect(text).not.toContain(ID_NUMBER)
    const [header, ...records] = parseCsv(text)
    expect(header).toEqual(exportColumns('licensing'))
    const published = await (
      await fetch(`${server.url}/api/v1/documents?type=licensing&pageSize=100`)
    ).json()
    expect(records).toHaveLength(published.meta.total)
    expect(records).toHaveLength(2)
    const rows = records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])))
    const uids = rows.map((r) => r.uid)
    expect(uids.sort()).toEqual([docs.person.uid, docs.company.uid].sort())
    const person = rows.find((r) => r.uid === docs.person.uid)!
    expect(person).toMatchObject({
      type: 'licensing',
      partyNamePublic: '欧阳*',
      idNumberPublic: `${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(-4)}`,
      partyType: 'natural_person',
      departmentCode: department.code,
      decisionDate: '2025-06-01',
      content: '含逗号, "引号" 和\n换行的许可内容',
      url: `${server.url}/api/v1/documents/${docs.person.uid}`,
    })
    expect(person.title).toContain('欧阳*')
    const company = rows.find((r) => r.uid === docs.company.uid)!
    expect(company.partyNamePublic).toBe(docs.company.partyNamePublic)
    expect(company.creditCode).toBe('91330100MA2B3C4D5E')
  })

  it('licensing.jsonl and penalty.jsonl: one JSON object per line, every column, masked person', async () => {
    for (const type of ['licensing', 'penalty'] as const) {
      const res = await fetch(`${server.url}/api/v1/exports/${type}.jsonl`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/jsonl; charset=utf-8')
      const text = await res.text()
      expect(text).not.toContain(PERSON)
      expect(text).not.toContain(ID_NUMBER)
      expect(text.endsWith('\n')).toBe(true)
      const records = text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(records).toHaveLength(type === 'licensing' ? 2 : 1)
      for (const r of records) expect(Object.keys(r)).toEqual(exportColumns(type))
      const person = records.find((r) => r.partyType === 'natural_person')
      expect(person.partyNamePublic).toBe('欧阳*')
      expect(person.idNumberPublic).toMatch(/^330102\*{8}\d{3}[\dX]$/)
      if (type === 'penalty')
        expect(person).toMatchObject({ penaltyCategories: ['fine'], fineAmount: 1 })
    }
  })

  it('policy.csv carries the summary and the type columns; other types are empty but valid', async () => {
    // Response.text() drops the byte-order mark, as UTF-8 decoders do.
    const rows = parseCsv(
      await (await fetch(`${server.url}/api/v1/exports/policy.csv?locale=en`)).text(),
    )
    const record = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]))
    expect(rows).toHaveLength(2)
    expect(record).toMatchObject({
      uid: docs.policy.uid,
      title: '导出测试政策',
      docNumber: '临政发〔2025〕9号',
      indexNumber: docs.policy.indexNumber,
      genre: 'notice',
      signedDate: '2025-05-20',
      validity: 'valid',
      departmentCode: department.code,
    })
    const empty = await fetch(`${server.url}/api/v1/exports/procedure.jsonl`)
    expect(empty.status).toBe(200)
    expect(await empty.text()).toBe('')
    const head = await fetch(`${server.url}/api/v1/exports/policy.csv`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-disposition')).toContain('gongkai-policy.csv')
  })

  it.each([
    ['/exports/memo.csv', 404, '/exports/{type}.csv'],
    ['/exports/policy.xml', 404, '/exports/{type}.csv'],
    ['/exports/policy.csv?page=2', 400, '/exports/{type}.csv'],
    ['/exports/policy.jsonl?locale=fr', 400, '/exports/{type}.jsonl'],
  ])('%s is a %i problem', async (path, status, operation) => {
    const res = await fetch(`${server.url}/api/v1${path}`)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(check(operation, status, await res.json(), 'application/problem+json')).toEqual([])
  })
})
