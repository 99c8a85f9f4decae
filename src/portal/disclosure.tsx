/**
 * The disclosure-request pages (依申请公开): the application form (a plain multipart POST form, so
 * it works without JavaScript), its error summary, the receipt with the access key (shown once),
 * the status form (a POST form, so the key never lands in a URL) and the status page with the
 * answer and a download form per response file. The rules are the API's (src/public-api/disclosure.ts).
 */
import type { ReactNode } from 'react'

import type { SubmissionError } from '../public-api/disclosure'
import {
  APPLICANT_TYPES,
  HANDLING_EVENTS,
  ID_TYPES,
  OUTCOMES,
  PREFERRED_FORMS,
  REPLY_CHANNELS,
  REQUEST_STATUSES,
} from '../requests/model'
import { fileSize, type Locale, longDate, t, type Word } from './i18n'
import { href } from './links'

export const NEW_PATH = '/disclosure-requests/new'
export const STATUS_PATH = '/disclosure-requests/status'
export const FILES_PATH = '/disclosure-requests/files'

/** The form's fields in the order the page shows them (and the error summary lists them). */
export const FORM_FIELDS = [
  'department',
  'applicantType',
  'applicantName',
  'idType',
  'idNumber',
  'organizationCode',
  'email',
  'phone',
  'address',
  'description',
  'documentTitle',
  'docNumber',
  'preferredForm',
  'channel',
  'attachments',
  'website',
] as const
type FieldName = (typeof FORM_FIELDS)[number]

const LABELS: Record<FieldName, Word> = {
  department: 'fDepartment',
  applicantType: 'fApplicantType',
  applicantName: 'fApplicantName',
  idType: 'fIdType',
  idNumber: 'fIdNumber',
  organizationCode: 'fOrganizationCode',
  email: 'fEmail',
  phone: 'fPhone',
  address: 'fAddress',
  description: 'fDescription',
  documentTitle: 'fDocumentTitle',
  docNumber: 'fDocNumber',
  preferredForm: 'fPreferredForm',
  channel: 'fChannel',
  attachments: 'fAttachments',
  website: 'fWebsite',
}

/** The element an error links to: the input, or the first option of a group. */
const fieldId = (name: string) => `f-${name}`
const targetOf = (name: FieldName) =>
  name === 'applicantType' || name === 'preferredForm' ? `${fieldId(name)}-0` : fieldId(name)

/** The field an error is about (`attachments[1]` is the attachments input); null for the form. */
export function fieldOf(parameter: string): FieldName | null {
  const base = parameter.replace(/\[\d+\]$/, '')
  return (FORM_FIELDS as readonly string[]).includes(base) ? (base as FieldName) : null
}

/** The rule's message in the page's language. */
export function errorText(e: SubmissionError, locale: Locale): string {
  if (locale === 'en') return e.message
  if (e.zh) return e.zh
  const m = e.message
  let match: RegExpExecArray | null
  if (m === 'is required') return '此项必填'
  if ((match = /^must be at most (\d+) characters$/.exec(m))) return `不能超过 ${match[1]} 个字`
  if (/^must be one of /.test(m)) return '请从给出的选项中选择'
  if (m === 'must be a department code') return '请从列表中选择部门'
  if (m === 'must be empty') return '此项必须留空'
  if (m === 'must not contain control characters') return '不能包含控制字符'
  if (m === 'is too long') return '内容过长'
  if (m === 'must be given once') return '只能填写一次'
  if (/^is not a valid multipart/.test(m)) return '表单内容无法读取，请重新提交'
  if (m === 'is not a field of a disclosure request') return '不是申请表中的项目'
  return m
}

export type FormValues = Partial<Record<FieldName, string>>
export type FormView = {
  departments: Array<{ code: string; name: string }>
  values: FormValues
  errors: SubmissionError[]
  /** Files were chosen but not kept (the form came back with errors). */
  filesDropped: boolean
}

function Required({ locale }: { locale: Locale }) {
  return <span className="req">{t(locale, 'requiredMark')}</span>
}

/** A field's label, hint and error, and the props that tie the control to them. */
function fieldParts(name: FieldName, locale: Locale, errors: SubmissionError[], hint?: Word) {
  const id = fieldId(name)
  const mine = errors.filter((e) => fieldOf(e.parameter) === name)
  const describedBy = [hint ? `${id}-hint` : null, mine.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ')
  const control = {
    id,
    name,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': mine.length ? (true as const) : undefined,
  }
  const extras = (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {t(locale, hint)}
        </p>
      ) : null}
      {mine.length ? (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t(locale, 'formError')}</span>
          {mine.map((e) => errorText(e, locale)).join('；')}
        </p>
      ) : null}
    </>
  )
  return { id, control, extras, invalid: mine.length > 0 }
}

function TextField({
  name,
  locale,
  view,
  required,
  type = 'text',
  maxLength,
  hint,
  autoComplete,
}: {
  name: FieldName
  locale: Locale
  view: FormView
  required?: boolean
  type?: 'text' | 'email' | 'tel'
  maxLength: number
  hint?: Word
  autoComplete?: string
}) {
  const f = fieldParts(name, locale, view.errors, hint)
  return (
    <div className={`field${f.invalid ? ' invalid' : ''}`}>
      <label htmlFor={f.id}>
        {t(locale, LABELS[name])}
        {required ? <Required locale={locale} /> : null}
      </label>
      {f.extras}
      <input
        {...f.control}
        type={type}
        defaultValue={view.values[name] ?? ''}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-required={required ? true : undefined}
      />
    </div>
  )
}

function SelectField({
  name,
  locale,
  view,
  options,
  required,
  hint,
}: {
  name: FieldName
  locale: Locale
  view: FormView
  options: Array<{ value: string; label: string }>
  required?: boolean
  hint?: Word
}) {
  const f = fieldParts(name, locale, view.errors, hint)
  return (
    <div className={`field${f.invalid ? ' invalid' : ''}`}>
      <label htmlFor={f.id}>
        {t(locale, LABELS[name])}
        {required ? <Required locale={locale} /> : null}
      </label>
      {f.extras}
      <select
        {...f.control}
        defaultValue={view.values[name] ?? ''}
        aria-required={required ? true : undefined}
      >
        <option value="">{t(locale, 'chooseOne')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Radio buttons in a fieldset whose legend is the question. */
function RadioGroup({
  name,
  locale,
  view,
  options,
  required,
}: {
  name: FieldName
  locale: Locale
  view: FormView
  options: Array<{ value: string; label: string }>
  required?: boolean
}) {
  const id = fieldId(name)
  const mine = view.errors.filter((e) => fieldOf(e.parameter) === name)
  return (
    <fieldset
      className={`radios${mine.length ? ' invalid' : ''}`}
      aria-describedby={mine.length ? `${id}-error` : undefined}
    >
      <legend>
        {t(locale, LABELS[name])}
        {required ? <Required locale={locale} /> : null}
      </legend>
      {mine.length ? (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t(locale, 'formError')}</span>
          {mine.map((e) => errorText(e, locale)).join('；')}
        </p>
      ) : null}
      {options.map((o, i) => (
        <div className="radio" key={o.value}>
          <input
            type="radio"
            id={`${id}-${i}`}
            name={name}
            value={o.value}
            defaultChecked={view.values[name] === o.value}
          />
          <label htmlFor={`${id}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  )
}

const optionsOf = (
  list: ReadonlyArray<{ value: string; zh: string; en: string }>,
  locale: Locale,
) => list.map((o) => ({ value: o.value, label: locale === 'en' ? o.en : o.zh }))

function ErrorSummary({ locale, errors }: { locale: Locale; errors: SubmissionError[] }) {
  const order = (e: SubmissionError) => {
    const field = fieldOf(e.parameter)
    return field ? FORM_FIELDS.indexOf(field) : -1
  }
  const sorted = [...errors].sort((a, b) => order(a) - order(b))
  return (
    <div
      className="error-summary"
      id="error-summary"
      role="alert"
      tabIndex={-1}
      // Focus lands here when the page comes back with errors, with or without JavaScript.
      autoFocus
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t(locale, 'errorSummary', { n: sorted.length })}</h2>
      <ul>
        {sorted.map((e, i) => {
          const field = fieldOf(e.parameter)
          return (
            <li key={i}>
              <a href={`#${field ? targetOf(field) : 'request-form'}`}>
                {t(locale, field ? LABELS[field] : 'fBody')}
                {locale === 'en' ? ': ' : '：'}
                {errorText(e, locale)}
              </a>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

export function RequestFormPage({ locale, view }: { locale: Locale; view: FormView }) {
  const attachments = fieldParts('attachments', locale, view.errors, 'fAttachmentsHint')
  const description = fieldParts('description', locale, view.errors, 'fDescriptionHint')
  return (
    <>
      {view.errors.length ? <ErrorSummary locale={locale} errors={view.errors} /> : null}
      <h1>{t(locale, 'requestTitle')}</h1>
      <p>{t(locale, 'requestIntro')}</p>
      <p>{t(locale, 'requestIntroJs')}</p>
      <p>
        <a href={href(STATUS_PATH, locale)}>{t(locale, 'requestStatusLink')}</a>
      </p>
      <form
        id="request-form"
        className="request-form"
        method="post"
        action={href(NEW_PATH, locale)}
        encType="multipart/form-data"
        noValidate
      >
        <fieldset>
          <legend>{t(locale, 'fsDepartment')}</legend>
          <SelectField
            name="department"
            locale={locale}
            view={view}
            required
            options={view.departments.map((d) => ({ value: d.code, label: d.name }))}
          />
        </fieldset>

        <fieldset>
          <legend>{t(locale, 'fsApplicant')}</legend>
          <RadioGroup
            name="applicantType"
            locale={locale}
            view={view}
            required
            options={optionsOf(APPLICANT_TYPES, locale)}
          />
          <TextField
            name="applicantName"
            locale={locale}
            view={view}
            required
            maxLength={200}
            autoComplete="name"
          />
          <fieldset className="group">
            <legend>{t(locale, 'fsNatural')}</legend>
            <p className="hint">{t(locale, 'fsNaturalHint')}</p>
            <SelectField
              name="idType"
              locale={locale}
              view={view}
              options={optionsOf(ID_TYPES, locale)}
            />
            <TextField
              name="idNumber"
              locale={locale}
              view={view}
              maxLength={40}
              autoComplete="off"
            />
          </fieldset>
          <fieldset className="group">
            <legend>{t(locale, 'fsOrganisation')}</legend>
            <p className="hint">{t(locale, 'fsOrganisationHint')}</p>
            <TextField
              name="organizationCode"
              locale={locale}
              view={view}
              maxLength={40}
              hint="fOrganizationCodeHint"
              autoComplete="off"
            />
          </fieldset>
        </fieldset>

        <fieldset>
          <legend>{t(locale, 'fsContact')}</legend>
          <p className="hint">{t(locale, 'fsContactHint')}</p>
          <TextField
            name="email"
            type="email"
            locale={locale}
            view={view}
            maxLength={254}
            autoComplete="email"
          />
          <TextField
            name="phone"
            type="tel"
            locale={locale}
            view={view}
            maxLength={40}
            autoComplete="tel"
          />
          <TextField
            name="address"
            locale={locale}
            view={view}
            maxLength={300}
            autoComplete="street-address"
          />
        </fieldset>

        <fieldset>
          <legend>{t(locale, 'fsRequest')}</legend>
          <div className={`field${description.invalid ? ' invalid' : ''}`}>
            <label htmlFor={description.id}>
              {t(locale, 'fDescription')}
              <Required locale={locale} />
            </label>
            {description.extras}
            <textarea
              {...description.control}
              rows={8}
              maxLength={5000}
              aria-required
              defaultValue={view.values.description ?? ''}
            />
          </div>
          <TextField name="documentTitle" locale={locale} view={view} maxLength={300} />
          <TextField name="docNumber" locale={locale} view={view} maxLength={100} />
          <RadioGroup
            name="preferredForm"
            locale={locale}
            view={view}
            options={optionsOf(PREFERRED_FORMS, locale)}
          />
          <SelectField
            name="channel"
            locale={locale}
            view={view}
            options={optionsOf(REPLY_CHANNELS, locale)}
          />
          <div className={`field${attachments.invalid ? ' invalid' : ''}`}>
            <label htmlFor={attachments.id}>{t(locale, 'fAttachments')}</label>
            {attachments.extras}
            {view.filesDropped ? <p className="notice-inline">{t(locale, 'filesAgain')}</p> : null}
            <input
              {...attachments.control}
              type="file"
              multiple
              accept=".pdf,.ofd,.docx,.odt,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            />
          </div>
        </fieldset>

        {/* A trap for robots: people neither see nor reach it. */}
        <div className="hp" aria-hidden="true">
          <label htmlFor={fieldId('website')}>{t(locale, 'fWebsite')}</label>
          <input
            type="text"
            id={fieldId('website')}
            name="website"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>

        <button type="submit">{t(locale, 'submitRequest')}</button>
      </form>
    </>
  )
}

export type ReceiptView = {
  trackingCode: string
  accessKey: string
  receivedOn: string
  dueDate: string
  departmentName: string
}

export function ReceiptPage({ locale, receipt }: { locale: Locale; receipt: ReceiptView }) {
  return (
    <>
      <h1>{t(locale, 'receiptTitle')}</h1>
      <p className="notice">{t(locale, 'receiptIntro')}</p>
      <dl className="receipt">
        <dt>{t(locale, 'trackingCode')}</dt>
        <dd>
          <code id="tracking-code">{receipt.trackingCode}</code>
        </dd>
        <dt>{t(locale, 'accessKey')}</dt>
        <dd>
          <code id="access-key">{receipt.accessKey}</code>
        </dd>
        <dt>{t(locale, 'fDepartment')}</dt>
        <dd>{receipt.departmentName}</dd>
        <dt>{t(locale, 'receivedOn')}</dt>
        <dd>
          <time dateTime={receipt.receivedOn}>{longDate(receipt.receivedOn, locale)}</time>
        </dd>
        <dt>{t(locale, 'dueDate')}</dt>
        <dd>
          <time id="due-date" dateTime={receipt.dueDate}>
            {longDate(receipt.dueDate, locale)}
          </time>
        </dd>
      </dl>
      <h2>{t(locale, 'whatNext')}</h2>
      <ol className="steps">
        <li>{t(locale, 'next1')}</li>
        <li>{t(locale, 'next2')}</li>
        <li>{t(locale, 'next3')}</li>
      </ol>
      <p>
        <a href={href(STATUS_PATH, locale)}>{t(locale, 'requestStatusLink')}</a>
      </p>
    </>
  )
}

export function StatusFormPage({
  locale,
  trackingCode,
  notFound,
}: {
  locale: Locale
  trackingCode?: string
  notFound?: boolean
}) {
  return (
    <>
      {notFound ? (
        <div className="error-summary" id="error-summary" role="alert" tabIndex={-1} autoFocus>
          <p>{t(locale, 'statusNotFound')}</p>
        </div>
      ) : null}
      <h1>{t(locale, 'statusTitle')}</h1>
      <p>{t(locale, 'statusIntro')}</p>
      <form className="request-form" method="post" action={href(STATUS_PATH, locale)} noValidate>
        <div className="field">
          <label htmlFor="f-trackingCode">
            {t(locale, 'trackingCode')}
            <Required locale={locale} />
          </label>
          <p className="hint" id="f-trackingCode-hint">
            {t(locale, 'fTrackingCodeHint')}
          </p>
          <input
            type="text"
            id="f-trackingCode"
            name="trackingCode"
            defaultValue={trackingCode ?? ''}
            maxLength={20}
            autoComplete="off"
            spellCheck={false}
            aria-required
            aria-describedby="f-trackingCode-hint"
          />
        </div>
        <div className="field">
          <label htmlFor="f-accessKey">
            {t(locale, 'accessKey')}
            <Required locale={locale} />
          </label>
          <input
            type="password"
            id="f-accessKey"
            name="accessKey"
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            aria-required
          />
        </div>
        <button type="submit">{t(locale, 'checkStatus')}</button>
      </form>
      <p>
        <a href={href(NEW_PATH, locale)}>{t(locale, 'newRequest')}</a>
      </p>
    </>
  )
}

export type StatusView = {
  trackingCode: string
  department: { code: string; name: string }
  receivedOn: string
  status: string
  dueDate: string | null
  extensionDays: number
  history: Array<{ type: string; date: string }>
  outcome: { code: string; label: string; reason: string | null } | null
  answeredOn: string | null
  answer: string | null
  responseFiles: Array<{ name: string; size: number }>
}

const labelIn = (
  list: ReadonlyArray<{ value: string; zh: string; en: string }>,
  value: string,
  locale: Locale,
) => {
  const found = list.find((o) => o.value === value)
  return found ? (locale === 'en' ? found.en : found.zh) : value
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  )
}

export function StatusPage({
  locale,
  view,
  accessKey,
}: {
  locale: Locale
  view: StatusView
  accessKey: string
}) {
  const outcome = view.outcome ? OUTCOMES.find((o) => o.value === view.outcome!.code) : undefined
  return (
    <>
      <h1>{t(locale, 'statusTitle')}</h1>
      <table className="metadata">
        <tbody>
          <Row label={t(locale, 'trackingCode')}>
            <code>{view.trackingCode}</code>
          </Row>
          <Row label={t(locale, 'fDepartment')}>{view.department.name}</Row>
          <Row label={t(locale, 'requestStatus')}>
            <strong id="request-status">{labelIn(REQUEST_STATUSES, view.status, locale)}</strong>
          </Row>
          <Row label={t(locale, 'receivedOn')}>
            <time dateTime={view.receivedOn}>{longDate(view.receivedOn, locale)}</time>
          </Row>
          <Row label={t(locale, 'dueDate')}>
            {view.dueDate ? (
              <time id="due-date" dateTime={view.dueDate}>
                {longDate(view.dueDate, locale)}
              </time>
            ) : (
              t(locale, 'dueDatePaused')
            )}
          </Row>
          {view.extensionDays ? (
            <Row label={t(locale, 'extension')}>
              {t(locale, 'workingDays', { n: view.extensionDays })}
            </Row>
          ) : null}
        </tbody>
      </table>
      <h2 id="history-heading">{t(locale, 'history')}</h2>
      <table aria-labelledby="history-heading">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'date')}</th>
            <th scope="col">{t(locale, 'event')}</th>
          </tr>
        </thead>
        <tbody>
          {view.history.map((h, i) => (
            <tr key={i}>
              <td>
                <time dateTime={h.date}>{longDate(h.date, locale)}</time>
              </td>
              <td>{labelIn(HANDLING_EVENTS, h.type, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.outcome ? (
        <>
          <h2>{t(locale, 'answer')}</h2>
          <table className="metadata">
            <tbody>
              <Row label={t(locale, 'outcome')}>
                {outcome ? (locale === 'en' ? outcome.en : outcome.zh) : view.outcome.label}
              </Row>
              {view.outcome.reason ? (
                <Row label={t(locale, 'outcomeReason')}>
                  <span lang={locale === 'en' ? 'zh-CN' : undefined}>{view.outcome.reason}</span>
                </Row>
              ) : null}
              {view.answeredOn ? (
                <Row label={t(locale, 'answeredOn')}>
                  <time dateTime={view.answeredOn}>{longDate(view.answeredOn, locale)}</time>
                </Row>
              ) : null}
            </tbody>
          </table>
          {view.answer ? <p className="answer">{view.answer}</p> : null}
        </>
      ) : null}
      {view.responseFiles.length ? (
        <>
          <h2>{t(locale, 'responseFiles')}</h2>
          <ul className="plain files">
            {view.responseFiles.map((f) => (
              <li key={f.name}>
                <form method="post" action={href(FILES_PATH, locale)}>
                  <input type="hidden" name="trackingCode" value={view.trackingCode} />
                  <input type="hidden" name="accessKey" value={accessKey} />
                  <input type="hidden" name="name" value={f.name} />
                  <button type="submit">
                    {t(locale, 'download', { name: f.name })} ({fileSize(f.size, locale)})
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href={href(NEW_PATH, locale)}>{t(locale, 'newRequest')}</a>
      </p>
    </>
  )
}

export function MessagePage({
  locale,
  title,
  body,
}: {
  locale: Locale
  title: Word
  body: string
}) {
  return (
    <>
      <h1>{t(locale, title)}</h1>
      <p>{body}</p>
      <p>
        <a href={href(NEW_PATH, locale)}>{t(locale, 'requestTitle')}</a>
      </p>
    </>
  )
}
