/**
 * The search page rendered from a search result as the service contract describes it (facets with
 * counts and names, highlights as escaped HTML with <mark>): facets are links that set or clear one
 * filter and start again at page 1, the locale is kept, pagination marks the current page.
 */
import { describe, expect, it } from 'vitest'

import { renderPage } from '../../../src/portal/layout'
import { PortalSearchQuery } from '../../../src/portal/params'
import { SearchPage, type SearchView } from '../../../src/portal/search'
import type { SearchResult } from '../../../src/search/service'

const uid = '0b0d6d2e-5d4c-4c1a-9a51-2f7b3c1d9e01'

function view(query: Record<string, string>, result: Partial<SearchResult> = {}): SearchView {
  return {
    params: PortalSearchQuery.parse(query),
    data: [
      {
        uid,
        type: 'policy',
        title: '关于<政务>公开的通知',
        summary: null,
        indexNumber: null,
        docNumber: '临政发〔2025〕8号',
        department: { code: '002489618', name: '市政府办公室' },
        publishedAt: '2025-03-02T00:00:00.000Z',
        updatedAt: null,
        validity: 'valid',
        url: `/api/v1/documents/${uid}`,
        webUrl: null,
        score: 1,
        highlights: {
          title: '关于&lt;<mark>政务</mark>&gt;公开的通知',
          snippet: '…推进<mark>政务</mark>公开…',
        },
      } as any,
    ],
    facets: {
      type: [
        { value: 'policy', count: 3 },
        { value: 'penalty', count: 1 },
      ],
      department: [{ value: '002489618', name: '市政府办公室', count: 4 }],
      year: [{ value: '2025', count: 4 }],
      validity: [{ value: 'valid', count: 4 }],
      topic: [{ value: 'T01', name: '综合<政务>', count: 2 }],
      ...result.facets,
    },
    meta: { total: 4, page: 2, pageSize: 2, pages: 2, ...result.meta },
  }
}

const render = (v: SearchView, locale: 'zh' | 'en' = 'zh') =>
  renderPage({ locale, title: 't', switchHref: '/x' }, SearchPage({ locale, view: v }))

describe('the portal search page', () => {
  it('renders facets as links with counts and names; highlights as given; names escaped', () => {
    const html = render(view({ q: '政务', page: '2', pageSize: '2' }))
    expect(html).toContain('<h2 id="results-heading">共 4 条结果</h2>')
    expect(html).toContain('关于&lt;<mark>政务</mark>&gt;公开的通知')
    expect(html).toContain('…推进<mark>政务</mark>公开…')
    expect(html).toContain(
      '<a href="/search?q=%E6%94%BF%E5%8A%A1&amp;type=penalty&amp;pageSize=2">行政处罚</a> <span class="count">(1)</span>',
    )
    expect(html).toContain('>市政府办公室</a> <span class="count">(4)</span>')
    expect(html).toContain('综合&lt;政务&gt;')
    expect(html).toContain('year=2025')
    expect(html).toMatch(/<a href="[^"]*page=2[^"]*" aria-current="page"/)
  })

  it('marks the chosen filter; its link clears it; the active filters are listed', () => {
    const html = render(view({ q: '政务', type: 'policy' }))
    expect(html).toContain(
      '<a href="/search?q=%E6%94%BF%E5%8A%A1" class="selected" aria-current="true">政策文件</a>',
    )
    expect(html).toContain('取消筛选：类型: 政策文件')
  })

  it('keeps the locale on every link in English', () => {
    const html = render(view({ q: '政务', locale: 'en' }), 'en')
    const hrefs = [...html.matchAll(/href="(\/search[^"]*)"/g)].map((m) => m[1]!)
    expect(hrefs.length).toBeGreaterThan(10)
    for (const h of hrefs) expect(h).toContain('locale=en')
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('4 results')
  })
})
