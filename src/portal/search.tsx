/**
 * The search page: the search box, type tabs, facets (links, so no script is needed), the results
 * with highlights, pagination. Without `q` it lists documents by the same filters, newest first.
 */
import type { DocumentSummary } from '../public-api/schemas'
import type { FacetBucket, SearchResult } from '../search/service'
import { DocumentItem, Pagination } from './components'
import { DOCUMENT_TYPES } from '../public-api/schemas'
import { type Locale, t, typeLabel, validityLabel, type Word } from './i18n'
import { SearchForm } from './layout'
import { type Params, searchHref } from './links'
import type { PortalSearch } from './params'

export type SearchView = {
  params: PortalSearch
  data: Array<DocumentSummary & { highlights?: { title: string; snippet: string } }>
  /** Facets of a search; none when listing without a query. */
  facets: SearchResult['facets'] | null
  meta: SearchResult['meta']
}

const FACETS = ['type', 'department', 'year', 'validity', 'topic'] as const
type Facet = (typeof FACETS)[number]

/** The current parameters as strings, as they go into links. */
export function currentParams(p: PortalSearch): Params {
  return {
    q: p.q || undefined,
    type: p.type?.join(','),
    department: p.department?.join(','),
    includeChildren: p.includeChildren,
    topic: p.topic,
    validity: p.validity,
    from: p.from,
    to: p.to,
    year: p.year,
    sort: p.sort,
    pageSize: p.pageSize === 20 ? undefined : p.pageSize,
  }
}

function bucketName(facet: Facet, bucket: FacetBucket, locale: Locale) {
  if (facet === 'type') return typeLabel(bucket.value, locale)
  if (facet === 'validity') return validityLabel(bucket.value, locale)
  return bucket.name ?? bucket.value
}

export function SearchPage({ locale, view }: { locale: Locale; view: SearchView }) {
  const { params, data, facets, meta } = view
  const base = currentParams(params)
  // Changing a filter or the sort starts again at page 1.
  const link = (changes: Params) => searchHref(locale, { ...base, ...changes })
  const selectedType = params.type?.length === 1 ? params.type[0] : undefined
  const searching = Boolean(params.q)
  const heading = searching ? t(locale, 'resultsFor', { q: params.q! }) : t(locale, 'browse')
  const active = FACETS.filter((f) => base[f] !== undefined)
  return (
    <>
      <h1>{heading}</h1>
      <SearchForm locale={locale} q={params.q} />
      <nav className="tabs" aria-label={t(locale, 'typeTabs')}>
        <ul>
          <li>
            <a href={link({ type: undefined })} aria-current={!params.type ? 'true' : undefined}>
              {t(locale, 'allTypes')}
            </a>
          </li>
          {DOCUMENT_TYPES.map((type) => (
            <li key={type}>
              <a href={link({ type })} aria-current={selectedType === type ? 'true' : undefined}>
                {typeLabel(type, locale)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="layout">
        <aside aria-labelledby="filters-heading">
          <h2 id="filters-heading">{t(locale, 'filters')}</h2>
          {active.length ? (
            <section aria-labelledby="active-heading" className="facet">
              <h3 id="active-heading">{t(locale, 'activeFilters')}</h3>
              <ul>
                {active.map((f) => (
                  <li key={f}>
                    <a href={link({ [f]: undefined })}>
                      {t(locale, 'removeFilter', {
                        name: `${t(locale, `facet_${f}` as Word)}: ${activeName(f, String(base[f]), facets, locale)}`,
                      })}
                    </a>
                  </li>
                ))}
                {active.length > 1 ? (
                  <li>
                    <a href={searchHref(locale, { q: base.q })}>{t(locale, 'clearFilters')}</a>
                  </li>
                ) : null}
              </ul>
            </section>
          ) : null}
          {facets
            ? FACETS.filter((f) => facets[f].length).map((f) => (
                <section key={f} className="facet" aria-labelledby={`facet-${f}`}>
                  <h3 id={`facet-${f}`}>{t(locale, `facet_${f}` as Word)}</h3>
                  <ul>
                    {facets[f].map((bucket) => {
                      const on = String(base[f] ?? '') === bucket.value
                      return (
                        <li key={bucket.value}>
                          <a
                            href={link({ [f]: on ? undefined : bucket.value })}
                            className={on ? 'selected' : undefined}
                            aria-current={on ? 'true' : undefined}
                          >
                            {bucketName(f, bucket, locale)}
                          </a>{' '}
                          <span className="count">({bucket.count})</span>
                        </li>
                      )
                    })}
                  </ul>
                </section>
              ))
            : null}
          <section className="facet" aria-labelledby="sort-heading">
            <h3 id="sort-heading">{t(locale, 'sortLabel')}</h3>
            <ul>
              {(searching
                ? (['relevance', '-publishedAt', 'publishedAt'] as const)
                : (['-publishedAt', 'publishedAt'] as const)
              ).map((sort) => {
                const current = (params.sort ?? (searching ? 'relevance' : '-publishedAt')) === sort
                return (
                  <li key={sort}>
                    <a
                      href={link({ sort })}
                      aria-current={current ? 'true' : undefined}
                      className={current ? 'selected' : undefined}
                    >
                      {t(locale, `sort_${sort}` as Word)}
                    </a>
                  </li>
                )
              })}
            </ul>
          </section>
        </aside>
        <div>
          <h2 id="results-heading">{t(locale, 'results', { n: meta.total })}</h2>
          {data.length ? (
            <ol className="results" aria-labelledby="results-heading">
              {data.map((doc) => (
                <DocumentItem key={doc.uid} doc={doc} locale={locale} highlights={doc.highlights} />
              ))}
            </ol>
          ) : (
            <p>{t(locale, 'noResults')}</p>
          )}
          {meta.pages > 1 ? (
            <p className="meta">{t(locale, 'pageOf', { page: meta.page, pages: meta.pages })}</p>
          ) : null}
          <Pagination
            page={meta.page}
            pages={meta.pages}
            locale={locale}
            link={(page) => searchHref(locale, { ...base, page: page === 1 ? undefined : page })}
          />
        </div>
      </div>
    </>
  )
}

function activeName(
  facet: Facet,
  value: string,
  facets: SearchResult['facets'] | null,
  locale: Locale,
) {
  if (facet === 'type')
    return value
      .split(',')
      .map((v) => typeLabel(v, locale))
      .join(', ')
  if (facet === 'validity') return validityLabel(value, locale)
  const bucket = facets?.[facet].find((b) => b.value === value)
  return bucket?.name ?? value
}
