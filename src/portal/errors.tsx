/** Error pages: a bad parameter (400, naming it), nothing here (404), withdrawn (410). */
import type { ParameterError } from '../public-api/problem'
import { dateOnly, type Locale, t } from './i18n'
import { SearchForm } from './layout'
import { href } from './links'

export function BadRequestPage({ locale, errors }: { locale: Locale; errors: ParameterError[] }) {
  return (
    <>
      <h1>{t(locale, 'badRequest')}</h1>
      <p>{t(locale, 'badRequestIntro')}</p>
      <ul className="error-list">
        {errors.map((e, i) => (
          <li key={i}>
            <code>{e.parameter}</code>: {e.message}
          </li>
        ))}
      </ul>
      <p>
        <a href={href('/', locale)}>{t(locale, 'home')}</a>
      </p>
    </>
  )
}

export function NotFoundPage({ locale }: { locale: Locale }) {
  return (
    <>
      <h1>{t(locale, 'notFound')}</h1>
      <p>{t(locale, 'notFoundBody')}</p>
      <SearchForm locale={locale} />
    </>
  )
}

export function GonePage({
  locale,
  title,
  withdrawnAt,
  notice,
}: {
  locale: Locale
  title: string
  withdrawnAt: string | null
  notice: string
}) {
  const date = dateOnly(withdrawnAt)
  return (
    <>
      <h1>{t(locale, 'gone')}</h1>
      <p>
        {date ? t(locale, 'goneBody', { title, date }) : t(locale, 'goneBodyUndated', { title })}
      </p>
      {notice ? (
        <section className="notice" aria-labelledby="notice-heading">
          <h2 id="notice-heading">{t(locale, 'withdrawnNotice')}</h2>
          <p>{notice}</p>
        </section>
      ) : null}
      <p>
        <a href={href('/', locale)}>{t(locale, 'home')}</a>
      </p>
    </>
  )
}
