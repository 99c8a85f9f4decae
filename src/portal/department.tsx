/** A department: who it is, how to reach it, and its latest public documents by type. */
import type { DepartmentWithCounts } from '../public-api/reference'
import type { DocumentSummary } from '../public-api/schemas'
import { DocumentItem } from './components'
import { type Locale, t, typeLabel, type Word } from './i18n'
import { departmentHref, safeUrl, searchHref } from './links'

export type DepartmentView = DepartmentWithCounts & {
  parentName: string | null
  latest: Array<{ type: string; data: DocumentSummary[] }>
}

export function DepartmentPage({ locale, view }: { locale: Locale; view: DepartmentView }) {
  const d = view.department
  const contact: Array<[Word, string | null, 'tel' | 'mail' | null]> = [
    ['phone', d.contact.phone, 'tel'],
    ['email', d.contact.email, 'mail'],
    ['address', d.contact.address, null],
    ['postcode', d.contact.postcode, null],
    ['fax', d.contact.fax, null],
    ['officeHours', d.contact.hours, null],
  ]
  const total = Object.values(view.counts).reduce((a, b) => a + b, 0)
  return (
    <>
      <h1>{d.name}</h1>
      <h2>{t(locale, 'departmentInfo')}</h2>
      <table className="metadata">
        <tbody>
          {d.shortName ? (
            <tr>
              <th scope="row">{t(locale, 'shortName')}</th>
              <td>{d.shortName}</td>
            </tr>
          ) : null}
          {d.parentCode ? (
            <tr>
              <th scope="row">{t(locale, 'parentDepartment')}</th>
              <td>
                <a href={departmentHref(d.parentCode, locale)}>{view.parentName ?? d.parentCode}</a>
              </td>
            </tr>
          ) : null}
          {d.websites.length ? (
            <tr>
              <th scope="row">{t(locale, 'website')}</th>
              <td>
                {d.websites.map((w) => (
                  <div key={w}>{safeUrl(w) ? <a href={safeUrl(w)!}>{w}</a> : w}</div>
                ))}
              </td>
            </tr>
          ) : null}
          {contact
            .filter(([, value]) => value)
            .map(([word, value, kind]) => (
              <tr key={word}>
                <th scope="row">{t(locale, word)}</th>
                <td>
                  {kind === 'mail' ? (
                    <a href={`mailto:${value}`}>{value}</a>
                  ) : kind === 'tel' ? (
                    <a href={`tel:${value!.replace(/[^\d+]/g, '')}`}>{value}</a>
                  ) : (
                    value
                  )}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <p>
        <a href={searchHref(locale, { department: d.code })}>{t(locale, 'searchDepartment')}</a>
      </p>
      <h2 id="counts-heading">{t(locale, 'countsByType')}</h2>
      <table aria-labelledby="counts-heading">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'type')}</th>
            <th scope="col">{t(locale, 'count')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(view.counts).map(([type, count]) => (
            <tr key={type}>
              <th scope="row">{typeLabel(type, locale)}</th>
              <td>
                {count ? (
                  <a href={searchHref(locale, { department: d.code, type })}>{count}</a>
                ) : (
                  count
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(locale, 'latest')}</h2>
      {total === 0 ? <p>{t(locale, 'noDocuments')}</p> : null}
      <div className="columns">
        {view.latest
          .filter((l) => l.data.length)
          .map(({ type, data }) => (
            <section key={type} aria-labelledby={`latest-${type}`}>
              <h3 id={`latest-${type}`}>{typeLabel(type, locale)}</h3>
              <ul className="results">
                {data.map((doc) => (
                  <DocumentItem key={doc.uid} doc={doc} locale={locale} headingLevel={4} />
                ))}
              </ul>
              <p>
                <a href={searchHref(locale, { department: d.code, type })}>
                  {t(locale, 'moreOf', { type: typeLabel(type, locale) })}
                </a>
              </p>
            </section>
          ))}
      </div>
    </>
  )
}
