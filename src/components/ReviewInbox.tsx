'use client'
/**
 * The review inbox on the admin dashboard: what waits for the signed-in reviewer or publisher,
 * oldest first, across their departments, each with a link to the document and to the diff
 * against the last published version. Data from GET /api/workflow/inbox.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Item = {
  collection: string
  id: string | number
  title: string
  state: 'in_review' | 'approved'
  waitingSince: string | null
  publishAt: string | null
  versionId: string | null
  publishedVersionId: string | null
}

export function ReviewInbox() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [items, setItems] = useState<Item[] | null>(null)
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const admin = `${config.serverURL ?? ''}${config.routes.admin}`

  useEffect(() => {
    void fetch(`${api}/workflow/inbox`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { items: [] }))
      .then((body) => setItems(body.items ?? []))
      .catch(() => setItems([]))
  }, [api])

  if (!items || items.length === 0) {
    return items ? (
      <section className="gk-inbox" aria-labelledby="gk-inbox-title">
        <h2 id="gk-inbox-title">{zh ? '待办' : 'Waiting for you'}</h2>
        <p className="gk-inbox__empty">
          {zh ? '没有等待您处理的内容' : 'Nothing is waiting for you'}
        </p>
      </section>
    ) : null
  }
  const label = (collection: string) =>
    config.collections.find((c) => c.slug === collection)?.labels?.singular
  const text = (value: unknown) =>
    typeof value === 'string'
      ? value
      : ((value as Record<string, string> | undefined)?.[zh ? 'zh' : 'en'] ?? '')
  return (
    <section className="gk-inbox" aria-labelledby="gk-inbox-title">
      <h2 id="gk-inbox-title">
        {zh ? '待办' : 'Waiting for you'} ({items.length})
      </h2>
      <table className="gk-inbox__table">
        <thead>
          <tr>
            <th scope="col">{zh ? '文件' : 'Document'}</th>
            <th scope="col">{zh ? '类型' : 'Type'}</th>
            <th scope="col">{zh ? '待办' : 'To do'}</th>
            <th scope="col">{zh ? '等待自' : 'Waiting since'}</th>
            <th scope="col">{zh ? '变更' : 'Changes'}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.collection}:${item.id}`} data-state={item.state}>
              <td>
                <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
              </td>
              <td>{text(label(item.collection))}</td>
              <td>
                {item.state === 'in_review' ? (zh ? '审核' : 'Review') : zh ? '发布' : 'Publish'}
                {item.publishAt
                  ? ` (${zh ? '定时' : 'scheduled'} ${new Date(item.publishAt).toLocaleString(zh ? 'zh-CN' : 'en')})`
                  : ''}
              </td>
              <td>
                {item.waitingSince
                  ? new Date(item.waitingSince).toLocaleString(zh ? 'zh-CN' : 'en')
                  : ''}
              </td>
              <td>
                {item.versionId ? (
                  <a
                    className="gk-inbox__diff"
                    href={`${admin}/collections/${item.collection}/${item.id}/versions/${item.versionId}${item.publishedVersionId ? `?versionFrom=${item.publishedVersionId}` : ''}`}
                  >
                    {item.publishedVersionId
                      ? zh
                        ? '与已发布版本比较'
                        : 'Compare with published'
                      : zh
                        ? '查看（首次发布）'
                        : 'View (first publication)'}
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
