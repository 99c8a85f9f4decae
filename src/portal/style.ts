/**
 * The portal's one stylesheet, served from memory under a content-hashed name (so it can be cached
 * for a year). System fonts only: no web fonts, nothing fetched from elsewhere. Colours meet WCAG
 * AA contrast (text ≥ 4.5:1 against its background); focus is always visible; a print style.
 */
import crypto from 'node:crypto'

export const CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: #1b1b1b; background: #fff; line-height: 1.7; font-size: 1rem;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", sans-serif;
}
a { color: #0b4a8b; text-decoration: underline; text-underline-offset: 2px; }
a:visited { color: #5a2d82; }
a:hover { color: #062d55; }
:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
a:focus, button:focus, input:focus, select:focus { outline: 3px solid #b45309; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; padding: .5rem 1rem; background: #fff; color: #0b4a8b; z-index: 10; }
.skip:focus { left: .5rem; top: .5rem; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.site-header { background: #12355b; color: #fff; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; padding-top: .75rem; padding-bottom: .75rem; }
.site-header a, .site-header a:visited { color: #fff; }
.site-header a:focus, .site-header a:focus-visible { outline-color: #fcd34d; }
.brand { font-size: 1.25rem; font-weight: 700; text-decoration: none; }
.brand small { display: block; font-size: .8rem; font-weight: 400; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
main { display: block; padding: 1.25rem 0 2.5rem; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; line-height: 1.35; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #d5dbe3; }
h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
.search-form { margin: 0 0 1rem; }
.search-form label { display: block; font-weight: 700; margin-bottom: .25rem; }
.search-form .row { display: flex; gap: .5rem; }
.search-form input[type=search] { flex: 1 1 auto; min-width: 0; font: inherit; padding: .5rem .75rem; border: 2px solid #4a5565; border-radius: 4px; }
.search-form button { flex: 0 0 auto; font: inherit; padding: .5rem 1.25rem; border: 2px solid #0b4a8b; background: #0b4a8b; color: #fff; border-radius: 4px; cursor: pointer; }
.hint { color: #4a5565; font-size: .9rem; margin: .25rem 0 0; }
.layout { display: grid; grid-template-columns: 16rem 1fr; gap: 2rem; }
.layout > aside h2 { margin-top: 0; }
.facet h3 { font-size: 1rem; }
.facet ul, .plain { list-style: none; margin: 0; padding: 0; }
.facet li { margin: .15rem 0; }
.count { color: #4a5565; }
.selected { font-weight: 700; }
.tabs ul { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .25rem .5rem; }
.tabs a { display: inline-block; padding: .25rem .75rem; border: 1px solid #8a96a6; border-radius: 999px; text-decoration: none; }
.tabs a[aria-current] { background: #12355b; color: #fff; border-color: #12355b; }
.results { list-style: none; margin: 0; padding: 0; }
.results > li { padding: .75rem 0; border-bottom: 1px solid #d5dbe3; }
.results h3 { margin: 0 0 .25rem; font-size: 1.1rem; }
.results h4 { margin: 0 0 .25rem; font-size: 1rem; }
.meta { color: #4a5565; font-size: .9rem; margin: 0; }
.meta span + span::before { content: " · "; }
.snippet { margin: .25rem 0 0; }
mark { background: #fde68a; color: inherit; padding: 0 .1em; }
.tag { display: inline-block; font-size: .8rem; padding: 0 .4rem; border: 1px solid #8a96a6; border-radius: 3px; margin-right: .35rem; color: #1b1b1b; }
.pagination ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
.pagination a, .pagination span { display: inline-block; min-width: 2.5rem; padding: .3rem .6rem; text-align: center; border: 1px solid #8a96a6; border-radius: 4px; }
.pagination a[aria-current] { background: #12355b; color: #fff; border-color: #12355b; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #c3cad4; padding: .4rem .6rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef2f7; font-weight: 700; }
.metadata th { width: 9rem; }
.banner { border-left: 6px solid #b91c1c; background: #fdecec; padding: .75rem 1rem; margin: 0 0 1rem; }
.banner.amended { border-left-color: #b45309; background: #fff4e0; }
.banner p { margin: .25rem 0; }
.notice { border-left: 6px solid #12355b; background: #eef2f7; padding: .75rem 1rem; }
.body { max-width: 48rem; }
.body img, figure img { max-width: 100%; height: auto; }
figure { margin: 1rem 0; }
figcaption { color: #4a5565; font-size: .9rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 0 2rem; }
.steps li { margin-bottom: .5rem; }
dl.qa dt { font-weight: 700; margin-top: .75rem; }
dl.qa dd { margin: .25rem 0 0 1.5rem; }
.site-footer { border-top: 1px solid #c3cad4; background: #f4f6f9; color: #1b1b1b; padding: 1rem 0 2rem; font-size: .9rem; }
.error-list li { margin: .25rem 0; }
.footer-links { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.request-box h2 { margin-top: 0; border-bottom: 0; }
.visually-hidden, .hp { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.request-form { max-width: 40rem; }
.request-form fieldset { border: 1px solid #c3cad4; border-radius: 4px; margin: 0 0 1.25rem; padding: .75rem 1rem 1rem; min-width: 0; }
.request-form fieldset.group, .request-form fieldset.radios { border-style: dashed; margin: .75rem 0; }
.request-form legend { font-weight: 700; padding: 0 .25rem; }
.request-form .field { margin: .75rem 0; }
.request-form .field > label { display: block; font-weight: 700; margin-bottom: .25rem; }
.request-form input[type=text], .request-form input[type=email], .request-form input[type=tel], .request-form input[type=password], .request-form select, .request-form textarea { display: block; width: 100%; font: inherit; padding: .45rem .6rem; border: 2px solid #4a5565; border-radius: 4px; background: #fff; color: #1b1b1b; }
.request-form input[type=file] { font: inherit; max-width: 100%; }
.request-form textarea { resize: vertical; }
.request-form .radio { display: flex; align-items: center; gap: .5rem; margin: .2rem 0; }
.request-form .radio input { width: 1.25rem; height: 1.25rem; margin: 0; }
.request-form button, .files button { font: inherit; padding: .55rem 1.5rem; border: 2px solid #0b4a8b; background: #0b4a8b; color: #fff; border-radius: 4px; cursor: pointer; }
.files button { padding: .35rem 1rem; background: #fff; color: #0b4a8b; text-align: left; }
.files li { margin: .35rem 0; }
.req { font-weight: 400; color: #9b1c1c; }
.invalid > input, .invalid > select, .invalid > textarea { border-color: #b91c1c; }
.field.invalid, fieldset.radios.invalid { border-left: 4px solid #b91c1c; padding-left: .75rem; }
.field-error { color: #9b1c1c; font-weight: 700; margin: .25rem 0; }
.error-summary { border: 4px solid #b91c1c; padding: .75rem 1rem; margin: 0 0 1.25rem; }
.error-summary:focus { outline: 3px solid #b45309; }
.error-summary h2 { margin-top: 0; border-bottom: 0; }
.error-summary a { color: #9b1c1c; font-weight: 700; }
.notice-inline { border-left: 4px solid #b45309; background: #fff4e0; padding: .25rem .75rem; margin: .25rem 0; }
dl.receipt { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; margin: 1rem 0; }
dl.receipt dt { font-weight: 700; }
dl.receipt dd { margin: 0; overflow-wrap: anywhere; }
dl.receipt code { font-size: 1.15rem; padding: .1rem .4rem; }
.answer { white-space: pre-wrap; max-width: 48rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #eef2f7; padding: 0 .25rem; }
@media (max-width: 760px) {
  .layout { grid-template-columns: 1fr; gap: 0; }
  .layout > aside { order: 2; }
  h1 { font-size: 1.35rem; }
  .metadata th { width: 7rem; }
  th, td { padding: .3rem .4rem; }
  .columns { grid-template-columns: 1fr; }
  dl.receipt { grid-template-columns: 1fr; }
  dl.receipt dd { margin-bottom: .5rem; }
}
@media print {
  .site-header, .site-footer, .skip, .search-form, .tabs, .layout > aside, .pagination, .no-print { display: none !important; }
  body { font-size: 11pt; color: #000; }
  a, a:visited { color: #000; }
  .attachments a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; }
  .layout { display: block; }
  .banner, .notice { border: 1px solid #000; background: none; }
  th { background: none; }
  h2 { break-after: avoid; }
  table, tr, figure { break-inside: avoid; }
}
`

export const CSS_HASH = crypto.createHash('sha256').update(CSS).digest('hex').slice(0, 12)
export const CSS_PATH = `/portal-assets/portal.${CSS_HASH}.css`
