/**
 * The page frame every portal page shares: language, landmarks (banner, navigation, main,
 * contentinfo), a skip link, the language switch and the stylesheet. Rendered to static HTML on
 * the server; React escapes every value, so text from documents cannot become markup.
 */
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { type Locale, t } from './i18n'
import { href, searchHref } from './links'
import { reportsLink } from './reports'
import { CSS_PATH } from './style'

export type PageFrame = {
  locale: Locale
  title: string
  /** The same page in the other language. */
  switchHref: string
  description?: string
  /** Index and follow, unless the page is an error. */
  noindex?: boolean
}

export function Layout({ frame, children }: { frame: PageFrame; children: ReactNode }) {
  const { locale } = frame
  const other: Locale = locale === 'en' ? 'zh' : 'en'
  return (
    <html lang={locale === 'en' ? 'en' : 'zh-CN'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${frame.title} - ${t(locale, 'siteName')}`}</title>
        {frame.description ? <meta name="description" content={frame.description} /> : null}
        {frame.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="stylesheet" href={CSS_PATH} />
        <link rel="alternate" hrefLang={other === 'en' ? 'en' : 'zh-CN'} href={frame.switchHref} />
      </head>
      <body>
        <a className="skip" href="#main">
          {t(locale, 'skip')}
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href={href('/', locale)}>
              {t(locale, 'siteName')}
              <small>{t(locale, 'siteTagline')}</small>
            </a>
            <nav className="site-nav" aria-label={t(locale, 'mainNav')}>
              <ul>
                <li>
                  <a href={href('/', locale)}>{t(locale, 'home')}</a>
                </li>
                <li>
                  <a href={searchHref(locale)}>{t(locale, 'search')}</a>
                </li>
                <li>
                  <a href={href('/disclosure-requests/new', locale)}>{t(locale, 'requestInfo')}</a>
                </li>
                <li>
                  <a
                    href={frame.switchHref}
                    lang={other === 'en' ? 'en' : 'zh-CN'}
                    hrefLang={other === 'en' ? 'en' : 'zh-CN'}
                  >
                    {t(locale, 'languageSwitch')}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          <div className="wrap">{children}</div>
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t(locale, 'footer')}</p>
            <ul className="footer-links">
              <li>
                <a href={href('/disclosure-requests/new', locale)}>{t(locale, 'requestInfo')}</a>
              </li>
              <li>
                <a href={href('/disclosure-requests/status', locale)}>
                  {t(locale, 'requestStatusLink')}
                </a>
              </li>
              <li>
                <a href={reportsLink(locale).href}>{reportsLink(locale).text}</a>
              </li>
              <li>
                <a href="/api/v1">{t(locale, 'apiLink')}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  )
}

/** The search box: a GET form, so it works without JavaScript. */
export function SearchForm({
  locale,
  q,
  id = 'q',
  autoFocusHint = true,
}: {
  locale: Locale
  q?: string
  id?: string
  autoFocusHint?: boolean
}) {
  return (
    <form className="search-form" role="search" action="/search" method="get">
      <label htmlFor={id}>{t(locale, 'searchLabel')}</label>
      <div className="row">
        <input
          type="search"
          id={id}
          name="q"
          defaultValue={q ?? ''}
          maxLength={200}
          aria-describedby={autoFocusHint ? `${id}-hint` : undefined}
        />
        {locale === 'en' ? <input type="hidden" name="locale" value="en" /> : null}
        <button type="submit">{t(locale, 'searchButton')}</button>
      </div>
      {autoFocusHint ? (
        <p className="hint" id={`${id}-hint`}>
          {t(locale, 'searchHint')}
        </p>
      ) : null}
    </form>
  )
}

/** A whole HTML document. */
export function renderPage(frame: PageFrame, body: ReactNode): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<Layout frame={frame}>{body}</Layout>)}`
}

/** HTML that is already safe (sanitised bodyHtml, the search contract's escaped highlights). */
export function Html({
  html,
  as = 'div',
  className,
}: {
  html: string
  as?: 'div' | 'span' | 'p'
  className?: string
}) {
  const Tag = as
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
