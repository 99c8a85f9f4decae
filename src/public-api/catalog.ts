/**
 * GET /api/v1/catalog.jsonld: a DCAT catalogue (W3C DCAT, JSON-LD) of the open-data exports, one
 * dcat:Dataset per document type with its CSV and JSON Lines distributions, so data portals can
 * harvest them.
 */
import express, { type Router } from 'express'
import type { Payload } from 'payload'
import { z } from 'zod'

import { where } from './documents'
import { EXPORT_FORMATS } from './exports'
import { sendBody } from './http'
import { publicOrigin } from './origin'
import { parseQuery } from './params'
import { invalidParameters, sendProblem } from './problem'
import { DOCUMENT_TYPES, NoQuery } from './schemas'

const LangString = z.object({ '@value': z.string(), '@language': z.enum(['zh', 'en']) })
const Ref = z.object({ '@id': z.string() })
const DateTime = z.object({ '@value': z.string(), '@type': z.literal('xsd:dateTime') })
const Agent = z.object({ '@type': z.literal('foaf:Agent'), 'foaf:name': z.array(LangString) })

const Distribution = z.object({
  '@id': z.string(),
  '@type': z.literal('dcat:Distribution'),
  'dct:title': z.array(LangString),
  'dct:format': z.string(),
  'dcat:mediaType': Ref,
  'dcat:downloadURL': Ref,
  'dcat:accessURL': Ref,
  'dct:modified': DateTime.optional(),
})

const Dataset = z.object({
  '@id': z.string(),
  '@type': z.literal('dcat:Dataset'),
  'dct:identifier': z.enum(DOCUMENT_TYPES),
  'dct:title': z.array(LangString),
  'dct:description': z.array(LangString),
  'dct:publisher': Agent,
  'dct:modified': DateTime.optional(),
  'dcat:distribution': z.array(Distribution),
})

export const CatalogSchema = z
  .object({
    '@context': z.object({ dcat: z.string(), dct: z.string(), foaf: z.string(), xsd: z.string() }),
    '@id': z.string(),
    '@type': z.literal('dcat:Catalog'),
    'dct:title': z.array(LangString),
    'dct:description': z.array(LangString),
    'dct:publisher': Agent,
    'dct:modified': DateTime.optional(),
    'foaf:homepage': Ref,
    'dcat:dataset': z.array(Dataset),
  })
  .meta({ id: 'Catalog', description: 'DCAT catalogue of the open-data exports (JSON-LD)' })

export const NAMES: Record<(typeof DOCUMENT_TYPES)[number], [zh: string, en: string]> = {
  policy: ['政策文件', 'Policy documents'],
  regulation: ['法规规章', 'Laws and regulations'],
  interpretation: ['政策解读', 'Policy interpretations'],
  procedure: ['办事指南', 'Service procedures'],
  licensing: ['行政许可决定', 'Administrative licensing decisions'],
  penalty: ['行政处罚决定', 'Administrative penalty decisions'],
}

const MEDIA_TYPES: Record<keyof typeof EXPORT_FORMATS, [iana: string, label: string]> = {
  csv: ['text/csv', 'CSV'],
  jsonl: ['application/jsonl', 'JSON Lines'],
}

const text = (zh: string, en: string) => [
  { '@value': zh, '@language': 'zh' as const },
  { '@value': en, '@language': 'en' as const },
]
const dateTime = (d: Date | null) =>
  d ? { '@value': d.toISOString(), '@type': 'xsd:dateTime' as const } : undefined

const PUBLISHER = {
  '@type': 'foaf:Agent' as const,
  'foaf:name': text('政府信息公开平台', 'Government information disclosure platform'),
}

/** The newest public update of each type's published documents. */
export async function modifiedByType(payload: Payload) {
  const now = new Date()
  const entries = await Promise.all(
    DOCUMENT_TYPES.map(async (type) => {
      const { docs } = await payload.find({
        collection: 'public-documents',
        where: where({ locale: 'zh', type: [type] }, [], now)!,
        sort: ['-publicUpdatedAt', 'uid'],
        limit: 1,
        pagination: false,
        depth: 0,
        select: { publicUpdatedAt: true, publishedAt: true },
        overrideAccess: true,
      })
      const row: any = docs[0]
      const at = row?.publicUpdatedAt ?? row?.publishedAt
      return [type, at ? new Date(at) : null] as const
    }),
  )
  return new Map(entries)
}

export function catalogRoutes(payload: Payload): Router {
  const router = express.Router()
  router.get('/catalog.jsonld', async (req, res) => {
    const parsed = parseQuery(NoQuery, req.query as Record<string, unknown>)
    if (!parsed.ok) return sendProblem(res, invalidParameters(parsed.errors))
    const origin = publicOrigin(req, payload)
    const modified = await modifiedByType(payload)
    const newest = [...modified.values()].reduce<Date | null>(
      (max, d) => (d && (!max || d > max) ? d : max),
      null,
    )
    const datasets = DOCUMENT_TYPES.map((type) => {
      const [zh, en] = NAMES[type]
      const at = dateTime(modified.get(type) ?? null)
      return {
        '@id': `${origin}/api/v1/exports/${type}`,
        '@type': 'dcat:Dataset' as const,
        'dct:identifier': type,
        'dct:title': text(zh, en),
        'dct:description': text(`全部已公开的${zh}`, `Every published item: ${en.toLowerCase()}`),
        'dct:publisher': PUBLISHER,
        ...(at ? { 'dct:modified': at } : {}),
        'dcat:distribution': (Object.keys(MEDIA_TYPES) as (keyof typeof MEDIA_TYPES)[]).map(
          (format) => {
            const url = `${origin}/api/v1/exports/${type}.${format}`
            const [iana, label] = MEDIA_TYPES[format]
            return {
              '@id': url,
              '@type': 'dcat:Distribution' as const,
              'dct:title': text(`${zh}（${label}）`, `${en} (${label})`),
              'dct:format': label,
              'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${iana}` },
              'dcat:downloadURL': { '@id': url },
              'dcat:accessURL': { '@id': url },
              ...(at ? { 'dct:modified': at } : {}),
            }
          },
        ),
      }
    })
    const catalog = CatalogSchema.parse({
      '@context': {
        dcat: 'http://www.w3.org/ns/dcat#',
        dct: 'http://purl.org/dc/terms/',
        foaf: 'http://xmlns.com/foaf/0.1/',
        xsd: 'http://www.w3.org/2001/XMLSchema#',
      },
      '@id': `${origin}/api/v1/catalog.jsonld`,
      '@type': 'dcat:Catalog',
      'dct:title': text('政府信息公开数据目录', 'Government information open data catalogue'),
      'dct:description': text(
        '按类型导出的全部已公开政府信息（CSV 与 JSON Lines）',
        'Every published document, exported by type (CSV and JSON Lines)',
      ),
      'dct:publisher': PUBLISHER,
      ...(newest ? { 'dct:modified': dateTime(newest) } : {}),
      'foaf:homepage': { '@id': `${origin}/` },
      'dcat:dataset': datasets,
    })
    sendBody(req, res, JSON.stringify(catalog), 'application/ld+json; charset=utf-8', {
      lastModified: newest,
    })
  })
  return router
}
