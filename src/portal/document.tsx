/**
 * A document page: the validity banner, the standard metadata table (索引号, 发文机关, 发文字号,
 * 成文日期, 发布日期, 主题分类, 有效性), the body, images, attachments, interpretations and other
 * relations, change history; procedures laid out as a service guide, decisions as their field
 * table. Everything comes from the API's presenter (DocumentDetail), nothing else.
 */
import type { ReactNode } from 'react'

import type { DocumentDetail } from '../public-api/detail'
import {
  dateOnly,
  fileSize,
  type Locale,
  optionLabel,
  t,
  typeLabel,
  validityLabel,
  type Word,
} from './i18n'
import { Html } from './layout'
import { departmentHref, documentHref, safeUrl, searchHref } from './links'

type Ref = { uid: string; type: string; title: string }
type Attachment = NonNullable<
  Extract<DocumentDetail, { type: 'procedure' }>['materials'][number]['blankForm']
>

function Rows({ rows, locale }: { rows: Array<[Word, ReactNode]>; locale: Locale }) {
  return (
    <>
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([word, value]) => (
          <tr key={word}>
            <th scope="row">{t(locale, word)}</th>
            <td>{value}</td>
          </tr>
        ))}
    </>
  )
}

function FieldTable({
  rows,
  locale,
  caption,
}: {
  rows: Array<[Word, ReactNode]>
  locale: Locale
  caption?: string
}) {
  return (
    <table className="metadata">
      {caption ? <caption>{caption}</caption> : null}
      <tbody>
        <Rows rows={rows} locale={locale} />
      </tbody>
    </table>
  )
}

function RefList({ refs, locale }: { refs: Ref[]; locale: Locale }) {
  return (
    <ul>
      {refs.map((r) => (
        <li key={r.uid}>
          <a href={documentHref(r.uid, locale)}>{r.title}</a>{' '}
          <span className="count">({typeLabel(r.type, locale)})</span>
        </li>
      ))}
    </ul>
  )
}

function FileLink({ file, locale }: { file: Attachment; locale: Locale }) {
  const url = safeUrl(file.url)
  const label = file.title ?? file.filename
  const details = [
    file.title && file.title !== file.filename ? file.filename : null,
    fileSize(file.bytes, locale),
  ]
    .filter(Boolean)
    .join(', ')
  return (
    <>
      {url ? <a href={url}>{label}</a> : label}
      {details ? ` (${details})` : ''}
    </>
  )
}

const date = (v: string | null | undefined) => (v ? <time dateTime={v}>{dateOnly(v)}</time> : null)

/** The banner above a document no longer (fully) in force, linking to the newer documents. */
function ValidityBanner({ doc, locale }: { doc: DocumentDetail; locale: Locale }) {
  const r = doc.relations
  const legal = doc.type === 'policy' || doc.type === 'regulation' ? doc : null
  const messages: Array<{ text: string; refs: Ref[]; amended?: boolean }> = []
  if (doc.validity === 'repealed')
    messages.push({
      text: legal?.repealedOn
        ? t(locale, 'bannerRepealedOn', { date: legal.repealedOn })
        : t(locale, 'bannerRepealed'),
      refs: r.repealedBy,
    })
  else if (doc.validity === 'expired')
    messages.push({
      text: legal?.expiredOn
        ? t(locale, 'bannerExpiredOn', { date: legal.expiredOn })
        : t(locale, 'bannerExpired'),
      refs: [],
    })
  if (r.supersededBy.length)
    messages.push({ text: t(locale, 'bannerSuperseded'), refs: r.supersededBy })
  if (r.amendedBy.length)
    messages.push({ text: t(locale, 'bannerAmended'), refs: r.amendedBy, amended: true })
  if (!messages.length) return null
  const onlyAmended = messages.every((m) => m.amended)
  return (
    <section
      className={onlyAmended ? 'banner amended' : 'banner'}
      aria-labelledby="validity-heading"
    >
      <h2 id="validity-heading">{t(locale, 'validityNotice')}</h2>
      {messages.map((m, i) => (
        <p key={i}>
          <strong>{m.text}</strong>
          {m.refs.length ? (
            <>
              {' '}
              {t(locale, 'seeNewer')}
              {m.refs.map((ref, j) => (
                <span key={ref.uid}>
                  {j ? '；' : ''}
                  <a href={documentHref(ref.uid, locale)}>{ref.title}</a>
                </span>
              ))}
            </>
          ) : null}
        </p>
      ))}
    </section>
  )
}

function StandardMetadata({ doc, locale }: { doc: DocumentDetail; locale: Locale }) {
  const legal = doc.type === 'policy' || doc.type === 'regulation' ? doc : null
  const organs = legal?.issuingOrgans.length
    ? legal.issuingOrgans
    : doc.type === 'interpretation' && doc.authorOrgan
      ? [doc.authorOrgan]
      : doc.department
        ? [doc.department]
        : []
  const rows: Array<[Word, ReactNode]> = [
    ['indexNumber', doc.indexNumber],
    [
      'issuingOrgans',
      organs.length
        ? organs.map((o, i) => (
            <span key={o.code}>
              {i ? '、' : ''}
              <a href={departmentHref(o.code, locale)}>{o.name}</a>
            </span>
          ))
        : null,
    ],
    ['docNumber', doc.docNumber],
    ['signedDate', legal ? date(legal.signedDate) : null],
    ['publishedAt', date(doc.publishedAt)],
    ['topics', doc.topics.length ? doc.topics.map((tp) => tp.name).join('、') : null],
    ['validity', doc.validity ? validityLabel(doc.validity, locale) : null],
  ]
  if (legal) {
    rows.push(['genre', optionLabel('genre', legal.genre, locale)])
    if (legal.type === 'regulation') rows.push(['effectiveDate', date(legal.effectiveDate)])
    rows.push(['expiredOn', date(legal.expiredOn)], ['repealedOn', date(legal.repealedOn)])
  }
  if (doc.type === 'interpretation')
    rows.push(['interpretationForm', optionLabel('form', doc.form, locale)])
  rows.push(
    ['updatedAt', doc.updatedAt && doc.updatedAt !== doc.publishedAt ? date(doc.updatedAt) : null],
    ['keywords', doc.keywords.length ? doc.keywords.join('、') : null],
  )
  // The standard seven rows are shown even when empty, so every page reads the same way.
  const standard = new Set<Word>([
    'indexNumber',
    'issuingOrgans',
    'docNumber',
    'signedDate',
    'publishedAt',
    'topics',
    'validity',
  ])
  return (
    <table className="metadata">
      <tbody>
        {rows
          .filter(([word, value]) => standard.has(word) || (value !== null && value !== ''))
          .map(([word, value]) => (
            <tr key={word}>
              <th scope="row">{t(locale, word)}</th>
              <td>{value ?? '—'}</td>
            </tr>
          ))}
      </tbody>
    </table>
  )
}

function ServiceGuide({
  doc,
  locale,
}: {
  doc: Extract<DocumentDetail, { type: 'procedure' }>
  locale: Locale
}) {
  const days = (n: number | null) => (n === null ? null : t(locale, 'workingDays', { n }))
  const online = safeUrl(doc.onlineUrl)
  const files = {
    blank: doc.materials.some((m) => m.blankForm),
    sample: doc.materials.some((m) => m.sample),
  }
  return (
    <>
      <h2>{t(locale, 'basicInfo')}</h2>
      <FieldTable
        locale={locale}
        rows={[
          ['itemCode', doc.itemCode],
          ['implementationCode', doc.implementationCode],
          ['itemType', optionLabel('itemType', doc.itemType, locale)],
          ['implementingBody', doc.implementingBody],
          ['implementingBodyNature', optionLabel('bodyNature', doc.implementingBodyNature, locale)],
          [
            'serviceObjects',
            doc.serviceObjects.map((o) => optionLabel('serviceObject', o, locale)).join('、') ||
              null,
          ],
          [
            'department',
            doc.department ? (
              <a href={departmentHref(doc.department.code, locale)}>{doc.department.name}</a>
            ) : null,
          ],
          ['publishedAt', date(doc.publishedAt)],
        ]}
      />
      {doc.conditions.html ? (
        <>
          <h2>{t(locale, 'conditions')}</h2>
          <Html className="body" html={doc.conditions.html} />
        </>
      ) : null}
      {doc.materials.length ? (
        <>
          <h2 id="materials-heading">{t(locale, 'materials')}</h2>
          <table aria-labelledby="materials-heading">
            <thead>
              <tr>
                <th scope="col">{t(locale, 'materialName')}</th>
                <th scope="col">{t(locale, 'materialSource')}</th>
                <th scope="col">{t(locale, 'materialForm')}</th>
                <th scope="col">{t(locale, 'copies')}</th>
                <th scope="col">{t(locale, 'required')}</th>
                {/* The file columns only when some material has a file: phones are narrow. */}
                {files.blank ? <th scope="col">{t(locale, 'blankForm')}</th> : null}
                {files.sample ? <th scope="col">{t(locale, 'sample')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {doc.materials.map((m, i) => (
                <tr key={i}>
                  <th scope="row">{m.name}</th>
                  <td>{optionLabel('materialSource', m.source, locale) ?? '—'}</td>
                  <td>{optionLabel('materialForm', m.form, locale) ?? '—'}</td>
                  <td>{m.copies ?? '—'}</td>
                  <td>{t(locale, m.required ? 'requiredYes' : 'requiredNo')}</td>
                  {files.blank ? (
                    <td>{m.blankForm ? <FileLink file={m.blankForm} locale={locale} /> : '—'}</td>
                  ) : null}
                  {files.sample ? (
                    <td>{m.sample ? <FileLink file={m.sample} locale={locale} /> : '—'}</td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {doc.steps.length ? (
        <>
          <h2>{t(locale, 'steps')}</h2>
          <ol className="steps">
            {doc.steps.map((s, i) => (
              <li key={i}>
                <strong>{s.name}</strong>
                {s.actor ? (
                  <div>
                    {t(locale, 'stepActor')}：{s.actor}
                  </div>
                ) : null}
                {s.timeLimit ? (
                  <div>
                    {t(locale, 'stepTimeLimit')}：{s.timeLimit}
                  </div>
                ) : null}
                {s.criteria ? (
                  <div>
                    {t(locale, 'stepCriteria')}：{s.criteria}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h2>{t(locale, 'timeLimits')}</h2>
      <FieldTable
        locale={locale}
        rows={[
          ['legalTimeLimit', days(doc.legalTimeLimit)],
          ['promisedTimeLimit', days(doc.promisedTimeLimit)],
          [
            'onSiteVisits',
            doc.onSiteVisits === null ? null : t(locale, 'times', { n: doc.onSiteVisits }),
          ],
        ]}
      />
      <h2>{t(locale, 'fees')}</h2>
      <FieldTable
        locale={locale}
        rows={[
          ['feeCharged', t(locale, doc.fee.charged ? 'yes' : 'no')],
          ['feeBasis', doc.fee.basis],
        ]}
      />
      {doc.fee.items.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(locale, 'feeItem')}</th>
              <th scope="col">{t(locale, 'feeStandard')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.fee.items.map((item, i) => (
              <tr key={i}>
                <th scope="row">{item.name}</th>
                <td>{item.standard ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>{t(locale, 'whereAndHow')}</h2>
      <FieldTable
        locale={locale}
        rows={[
          ['location', doc.location],
          ['hours', doc.hours],
          ['onlineUrl', online ? <a href={online}>{doc.onlineUrl}</a> : doc.onlineUrl],
          ['consultPhone', doc.consultPhone],
          ['complaintPhone', doc.complaintPhone],
        ]}
      />
      {doc.legalBasis.length ? (
        <>
          <h2>{t(locale, 'legalBasis')}</h2>
          <ul>
            {doc.legalBasis.map((b, i) => (
              <li key={i}>
                <strong>{b.law}</strong>
                {b.article ? ` ${b.article}` : ''}
                {b.text ? <blockquote>{b.text}</blockquote> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.faq.length ? (
        <>
          <h2>{t(locale, 'faq')}</h2>
          <QA items={doc.faq} />
        </>
      ) : null}
    </>
  )
}

function QA({ items }: { items: Array<{ question: string; answer: string }> }) {
  return (
    <dl className="qa">
      {items.map((q, i) => (
        <div key={i}>
          <dt>{q.question}</dt>
          <dd>{q.answer}</dd>
        </div>
      ))}
    </dl>
  )
}

function partyRows(
  doc: Extract<DocumentDetail, { type: 'licensing' | 'penalty' }>,
  locale: Locale,
): Array<[Word, ReactNode]> {
  return [
    ['partyName', doc.partyName],
    ['partyType', optionLabel('partyType', doc.partyType, locale)],
    ['creditCode', doc.creditCode],
    ['businessRegNo', doc.businessRegNo],
    ['orgCode', doc.orgCode],
    ['taxRegNo', doc.taxRegNo],
    ['institutionCertNo', doc.institutionCertNo],
    ['socialOrgRegNo', doc.socialOrgRegNo],
    ['legalRepresentative', doc.legalRepresentative],
    ['idType', optionLabel('idType', doc.idType, locale)],
    ['idNumber', doc.idNumber],
  ]
}

function DecisionTable({
  doc,
  locale,
}: {
  doc: Extract<DocumentDetail, { type: 'licensing' | 'penalty' }>
  locale: Locale
}) {
  const tail: Array<[Word, ReactNode]> = [
    ['authority', doc.authority],
    ['authorityCode', doc.authorityCode],
    ['dataSource', doc.dataSource],
    ['dataSourceCode', doc.dataSourceCode],
    ['publishedAt', date(doc.publishedAt)],
    ['remarks', doc.remarks],
  ]
  const rows: Array<[Word, ReactNode]> =
    doc.type === 'licensing'
      ? [
          ...partyRows(doc, locale),
          ['decisionDocName', doc.decisionDocName],
          ['decisionNumber', doc.decisionNumber],
          ['licenseCategory', optionLabel('licenseCategory', doc.licenseCategory, locale)],
          ['licenseName', doc.licenseName],
          ['licenseNumber', doc.licenseNumber],
          ['content', doc.content],
          ['licDecisionDate', date(doc.decisionDate)],
          ['validFrom', date(doc.validFrom)],
          ['validUntil', date(doc.validUntil)],
          ['licenseStatus', optionLabel('licenseStatus', doc.licenseStatus, locale)],
          ...tail,
        ]
      : [
          ['penaltyNumber', doc.decisionNumber],
          ...partyRows(doc, locale),
          ['violationType', doc.violationType],
          ['violationFacts', doc.violationFacts],
          ['penaltyBasis', doc.legalBasis],
          [
            'penaltyCategories',
            doc.penaltyCategories
              .map((c) => optionLabel('penaltyCategory', c, locale))
              .join('、') || null,
          ],
          ['penaltyContent', doc.penaltyContent],
          ['fineAmount', doc.fineAmount],
          ['confiscatedAmount', doc.confiscatedAmount],
          ['suspendedLicense', doc.suspendedLicense],
          ['penaltyDecisionDate', date(doc.decisionDate)],
          ['penaltyValidUntil', date(doc.penaltyValidUntil)],
          ['publicationEndDate', date(doc.publicationEndDate)],
          ...tail,
        ]
  return (
    <>
      <h2>{t(locale, 'decisionInfo')}</h2>
      <FieldTable rows={rows} locale={locale} />
    </>
  )
}

export function DocumentPage({ locale, doc }: { locale: Locale; doc: DocumentDetail }) {
  const r = doc.relations
  const decision = doc.type === 'licensing' || doc.type === 'penalty' ? doc : null
  const legal = doc.type === 'policy' || doc.type === 'regulation' ? doc : null
  const others = (
    ['amends', 'amendedBy', 'repeals', 'repealedBy', 'supersedes', 'supersededBy'] as const
  ).filter((k) => r[k].length)
  return (
    <article>
      <p className="meta no-print">
        <a href={searchHref(locale, { type: doc.type })}>{typeLabel(doc.type, locale)}</a>
        {doc.department ? (
          <>
            {' · '}
            <a href={departmentHref(doc.department.code, locale)}>{doc.department.name}</a>
          </>
        ) : null}
      </p>
      <h1>{doc.title}</h1>
      <ValidityBanner doc={doc} locale={locale} />
      {decision ? (
        <DecisionTable doc={decision} locale={locale} />
      ) : doc.type === 'procedure' ? null : (
        <>
          <h2>{t(locale, 'metadata')}</h2>
          <StandardMetadata doc={doc} locale={locale} />
        </>
      )}
      {doc.type === 'procedure' ? (
        <>
          {doc.summary ? <p>{doc.summary}</p> : null}
          <ServiceGuide doc={doc} locale={locale} />
        </>
      ) : null}
      {doc.bodyHtml ? (
        <section aria-labelledby="body-heading">
          <h2 id="body-heading">{t(locale, 'body')}</h2>
          <Html className="body" html={doc.bodyHtml} />
        </section>
      ) : null}
      {doc.type === 'interpretation' && doc.videoUrl && safeUrl(doc.videoUrl) ? (
        <p>
          {t(locale, 'video')}：<a href={safeUrl(doc.videoUrl)!}>{doc.videoUrl}</a>
        </p>
      ) : null}
      {doc.type === 'interpretation' && doc.qa.length ? (
        <>
          <h2>{t(locale, 'qa')}</h2>
          <QA items={doc.qa} />
        </>
      ) : null}
      {doc.images.length ? (
        <section aria-labelledby="images-heading">
          <h2 id="images-heading">{t(locale, 'images')}</h2>
          {doc.images.map((img) => {
            // The 768 px WebP variant when there is one (the original can be large).
            const shown = img.variants.card ?? img
            const src = safeUrl(shown.url)
            return src ? (
              <figure key={img.uid}>
                <img
                  src={src}
                  alt={img.alt}
                  width={shown.width ?? undefined}
                  height={shown.height ?? undefined}
                />
              </figure>
            ) : null
          })}
        </section>
      ) : null}
      {doc.attachments.length ? (
        <section aria-labelledby="attachments-heading" className="attachments">
          <h2 id="attachments-heading">{t(locale, 'attachments')}</h2>
          <ul>
            {doc.attachments.map((a) => (
              <li key={a.uid}>
                <FileLink file={a} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {r.interprets.length ? (
        <section aria-labelledby="interprets-heading">
          <h2 id="interprets-heading">{t(locale, 'interprets')}</h2>
          <RefList refs={r.interprets} locale={locale} />
        </section>
      ) : null}
      {r.interpretedBy.length ? (
        <section aria-labelledby="interpretations-heading">
          <h2 id="interpretations-heading">{t(locale, 'interpretations')}</h2>
          <RefList refs={r.interpretedBy} locale={locale} />
        </section>
      ) : null}
      {others.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t(locale, 'relatedDocuments')}</h2>
          {others.map((k) => (
            <div key={k}>
              <h3>{t(locale, `rel_${k}` as Word)}</h3>
              <RefList refs={r[k]} locale={locale} />
            </div>
          ))}
        </section>
      ) : null}
      {legal && legal.amendments.length ? (
        <section aria-labelledby="amendments-heading">
          <h2 id="amendments-heading">{t(locale, 'amendments')}</h2>
          <table aria-labelledby="amendments-heading">
            <thead>
              <tr>
                <th scope="col">{t(locale, 'effectiveDate')}</th>
                <th scope="col">{t(locale, 'decisionDocNumber')}</th>
                <th scope="col">{t(locale, 'decisionDate')}</th>
                <th scope="col">{t(locale, 'note')}</th>
              </tr>
            </thead>
            <tbody>
              {legal.amendments.map((a, i) => (
                <tr key={i}>
                  <th scope="row">
                    {a.effectiveDate} {optionLabel('amendmentKind', a.kind, locale) ?? ''}
                  </th>
                  <td>{a.decisionDocNumber ?? '—'}</td>
                  <td>{a.decisionDate ?? '—'}</td>
                  <td>{a.note ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {doc.changeHistory.length ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t(locale, 'changeHistory')}</h2>
          <ul>
            {doc.changeHistory.map((c, i) => (
              <li key={i}>
                <time dateTime={c.at}>{dateOnly(c.at)}</time> {c.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
