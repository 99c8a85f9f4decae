/**
 * GET /api/v1/catalog/directory.json: the information resource directory (政务信息资源目录) of the
 * open-data exports, one entry per export with the core metadata of the national cataloguing
 * guide (《政务信息资源目录编制指南（试行）》): resource code and name, provider, summary, format,
 * information items (信息项, the export's columns and their types), sharing type and method,
 * open attribute, update cycle, and the publication and modification dates. The metadata itself
 * is plain data (DIRECTORY_METADATA) next to the DCAT catalogue, which links each dataset to its
 * entry.
 */
import express, { type Router } from 'express'
import type { Payload } from 'payload'
import { z } from 'zod'

import { modifiedByType, NAMES } from './catalog'
import { type ColumnKind, SUMMARY_COLUMNS, TYPE_COLUMNS } from './export-columns'
import { sendBody } from './http'
import { publicOrigin } from './origin'
import { parseQuery } from './params'
import { invalidParameters, sendProblem } from './problem'
import { DOCUMENT_TYPES, NoQuery } from './schemas'

type DocType = (typeof DOCUMENT_TYPES)[number]

export const SHARING_TYPES = {
  unconditional: '无条件共享',
  conditional: '有条件共享',
  none: '不予共享',
} as const
export const OPEN_ATTRIBUTES = {
  unconditional: '无条件开放',
  conditional: '有条件开放',
  none: '不予开放',
} as const
export const UPDATE_CYCLES = {
  realtime: '实时',
  daily: '每日',
  weekly: '每周',
  monthly: '每月',
  quarterly: '每季度',
  yearly: '每年',
} as const

/** Per export: what it is in the directory's terms (the published exports are open to all). */
export const DIRECTORY_METADATA: Record<
  DocType,
  { category: string; updateCycle: keyof typeof UPDATE_CYCLES }
> = {
  policy: { category: '政策文件', updateCycle: 'realtime' },
  regulation: { category: '法规规章', updateCycle: 'realtime' },
  interpretation: { category: '政策解读', updateCycle: 'realtime' },
  procedure: { category: '政务服务事项', updateCycle: 'realtime' },
  licensing: { category: '行政许可（双公示）', updateCycle: 'realtime' },
  penalty: { category: '行政处罚（双公示）', updateCycle: 'realtime' },
}

const ITEM_TYPE: Record<ColumnKind, string> = {
  text: '字符型',
  number: '数值型',
  boolean: '布尔型',
  date: '日期型',
  list: '字符型（多值）',
  department: '字符型（部门代码）',
  policy: '字符型（文件标识）',
}
const SUMMARY_KINDS: Partial<Record<(typeof SUMMARY_COLUMNS)[number], ColumnKind>> = {
  publishedAt: 'date',
  updatedAt: 'date',
}

const Item = z.object({ name: z.string(), type: z.string() })
const Entry = z.object({
  code: z.string().describe('信息资源代码'),
  name: z.object({ zh: z.string(), en: z.string() }).describe('信息资源名称'),
  category: z.string().describe('信息资源分类'),
  provider: z.string().describe('信息资源提供方'),
  summary: z.string().describe('信息资源摘要'),
  formats: z.array(z.string()).describe('信息资源格式'),
  items: z.array(Item).describe('信息项'),
  sharing: z
    .object({ type: z.string(), typeLabel: z.string(), method: z.string() })
    .describe('共享属性'),
  open: z.object({ attribute: z.string(), attributeLabel: z.string() }).describe('开放属性'),
  updateCycle: z.object({ code: z.string(), label: z.string() }).describe('更新周期'),
  modified: z.string().nullable().describe('最近更新'),
  downloads: z.array(z.object({ format: z.string(), url: z.string() })),
  dcat: z.string().describe('The dcat:Dataset of this resource'),
})
export const DirectorySchema = z
  .object({
    title: z.string(),
    provider: z.string(),
    generatedFrom: z.string(),
    entries: z.array(Entry),
  })
  .meta({
    id: 'ResourceDirectory',
    description: 'Information resource directory (政务信息资源目录) of the exports',
  })

export const PROVIDER = '政府信息公开平台'

/** The directory entries (plain: the caller passes the origin and the modification dates). */
export function directoryEntries(origin: string, modified: ReadonlyMap<DocType, Date | null>) {
  return DOCUMENT_TYPES.map((type, i) => {
    const [zh, en] = NAMES[type]
    const meta = DIRECTORY_METADATA[type]
    const at = modified.get(type) ?? null
    return {
      code: `GK-${String(i + 1).padStart(3, '0')}-${type}`,
      name: { zh, en },
      category: meta.category,
      provider: PROVIDER,
      summary: `全部已公开的${zh}，按发布时间排序，个人信息已按规定屏蔽。`,
      formats: ['CSV', 'JSON Lines'],
      items: [
        ...SUMMARY_COLUMNS.map((name) => ({
          name,
          type: ITEM_TYPE[SUMMARY_KINDS[name] ?? 'text'],
        })),
        ...TYPE_COLUMNS[type].map((c) => ({ name: c.name, type: ITEM_TYPE[c.kind] })),
      ],
      sharing: {
        type: 'unconditional',
        typeLabel: SHARING_TYPES.unconditional,
        method: '接口、文件下载',
      },
      open: { attribute: 'unconditional', attributeLabel: OPEN_ATTRIBUTES.unconditional },
      updateCycle: { code: meta.updateCycle, label: UPDATE_CYCLES[meta.updateCycle] },
      modified: at ? at.toISOString() : null,
      downloads: [
        { format: 'CSV', url: `${origin}/api/v1/exports/${type}.csv` },
        { format: 'JSON Lines', url: `${origin}/api/v1/exports/${type}.jsonl` },
      ],
      dcat: `${origin}/api/v1/exports/${type}`,
    }
  })
}

export function directoryRoutes(payload: Payload): Router {
  const router = express.Router()
  router.get('/catalog/directory.json', async (req, res) => {
    const parsed = parseQuery(NoQuery, req.query as Record<string, unknown>)
    if (!parsed.ok) return sendProblem(res, invalidParameters(parsed.errors))
    const origin = publicOrigin(req, payload)
    const modified = await modifiedByType(payload)
    const newest = [...modified.values()].reduce<Date | null>(
      (max, d) => (d && (!max || d > max) ? d : max),
      null,
    )
    const body = DirectorySchema.parse({
      title: '政务信息资源目录（公开数据）',
      provider: PROVIDER,
      generatedFrom: `${origin}/api/v1/catalog.jsonld`,
      entries: directoryEntries(origin, modified),
    })
    sendBody(req, res, JSON.stringify(body), 'application/json; charset=utf-8', {
      lastModified: newest,
    })
  })
  return router
}
