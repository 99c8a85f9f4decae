/** Pieces several pages share: a document in a list, its meta line, pagination. */
import type { DocumentSummary } from '../public-api/schemas'
import { dateOnly, type Locale, t, typeLabel, validityLabel } from './i18n'
import { Html } from './layout'
import { documentHref } from './links'

export function MetaLine({ doc, locale }: { doc: DocumentSummary; locale: Locale }) {
  return (
    <p className="meta">
      <span>{typeLabel(doc.type ?? '', locale)}</span>
      {doc.department ? <span>{doc.department.name}</span> : null}
      {doc.docNumber ? <span>{doc.docNumber}</span> : null}
      {doc.publishedAt ? (
        <span>
          {t(locale, 'published')}{' '}
          <time dateTime={doc.publishedAt}>{dateOnly(doc.publishedAt)}</time>
        </span>
      ) : null}
      {doc.validity && doc.validity !== 'valid' ? (
        <span>{validityLabel(doc.validity, locale)}</span>
      ) : null}
    </p>
  )
}

/** A list item: title link, meta line, and either the search highlights or the summary. */
export function DocumentItem({
  doc,
  locale,
  highlights,
  headingLevel = 3,
}: {
  doc: DocumentSummary
  locale: Locale
  highlights?: { title: string; snippet: string }
  headingLevel?: 3 | 4
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <li>
      <Heading>
        <a href={documentHref(doc.uid!, locale)}>
          {highlights ? <Html as="span" html={highlights.title} /> : doc.title}
        </a>
      </Heading>
      <MetaLine doc={doc} locale={locale} />
      {highlights?.snippet ? (
        <Html as="p" className="snippet" html={highlights.snippet} />
      ) : !highlights && doc.summary ? (
        <p className="snippet">{doc.summary}</p>
      ) : null}
    </li>
  )
}

/** Page links around the current page; the current one carries aria-current="page". */
export function Pagination({
  page,
  pages,
  locale,
  link,
}: {
  page: number
  pages: number
  locale: Locale
  link: (page: number) => string
}) {
  if (pages <= 1) return null
  const shown = new Set([1, pages])
  for (let p = Math.max(1, page - 2); p <= Math.min(pages, page + 2); p++) shown.add(p)
  const numbers = [...shown].sort((a, b) => a - b)
  const items: Array<number | 'gap'> = []
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1]! > 1) items.push('gap')
    items.push(n)
  })
  return (
    <nav className="pagination" aria-label={t(locale, 'pagination')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={link(Math.min(page - 1, pages))} rel="prev">
              {t(locale, 'previous')}
            </a>
          </li>
        ) : null}
        {items.map((item, i) =>
          item === 'gap' ? (
            <li key={`gap${i}`} aria-hidden="true">
              <span>…</span>
            </li>
          ) : (
            <li key={item}>
              <a
                href={link(item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t(locale, 'pageN', { n: item })}
              >
                {item}
              </a>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <a href={link(page + 1)} rel="next">
              {t(locale, 'next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
