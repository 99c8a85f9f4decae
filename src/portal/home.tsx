/** The home page: the search box, the latest documents of each type, the departments. */
import type { DocumentSummary } from '../public-api/schemas'
import { DocumentItem } from './components'
import { type Locale, t, typeLabel } from './i18n'
import { SearchForm } from './layout'
import { departmentHref, href, searchHref } from './links'

export type HomeData = {
  latest: Array<{ type: string; total: number; data: DocumentSummary[] }>
  departments: Array<{ code: string; name: string; parentCode: string | null }>
}

export function HomePage({ locale, data }: { locale: Locale; data: HomeData }) {
  return (
    <>
      <h1>{t(locale, 'siteTagline')}</h1>
      <SearchForm locale={locale} />
      <section className="notice request-box" aria-labelledby="request-heading">
        <h2 id="request-heading">{t(locale, 'requestInfo')}</h2>
        <p>{t(locale, 'requestIntro')}</p>
        <p>
          <a href={href('/disclosure-requests/new', locale)}>{t(locale, 'requestTitle')}</a>
          {' · '}
          <a href={href('/disclosure-requests/status', locale)}>{t(locale, 'requestStatusLink')}</a>
        </p>
      </section>
      <h2>{t(locale, 'latest')}</h2>
      <div className="columns">
        {data.latest.map(({ type, total, data: docs }) => (
          <section key={type} aria-labelledby={`latest-${type}`}>
            <h3 id={`latest-${type}`}>{typeLabel(type, locale)}</h3>
            {docs.length ? (
              <ul className="results">
                {docs.map((doc) => (
                  <DocumentItem key={doc.uid} doc={doc} locale={locale} headingLevel={4} />
                ))}
              </ul>
            ) : (
              <p>{t(locale, 'noDocuments')}</p>
            )}
            {total > docs.length ? (
              <p>
                <a href={searchHref(locale, { type })}>
                  {t(locale, 'moreOf', { type: typeLabel(type, locale) })} ({total})
                </a>
              </p>
            ) : null}
          </section>
        ))}
      </div>
      <h2>{t(locale, 'departments')}</h2>
      <ul className="columns plain">
        {data.departments.map((d) => (
          <li key={d.code}>
            <a href={departmentHref(d.code, locale)}>{d.name}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
