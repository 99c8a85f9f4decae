/**
 * Disclosure requests (依申请公开, domain.md): the fixed vocabularies, shared by the collection, the
 * public API, the portal form and the annual report. The outcome categories and reasons are the
 * rows of table (3) of the annual report (国办公开办函〔2021〕30号), in the order the table lists them
 * (其他处理 has the template's three rows, which domain.md does not list).
 */
export const APPLICANT_TYPES = [
  { value: 'natural_person', zh: '自然人', en: 'Natural person' },
  { value: 'business', zh: '商业企业', en: 'Business' },
  { value: 'research', zh: '科研机构', en: 'Research body' },
  { value: 'nonprofit', zh: '社会公益组织', en: 'Non-profit organisation' },
  { value: 'legal_services', zh: '法律服务机构', en: 'Legal services' },
  { value: 'other', zh: '其他', en: 'Other' },
] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]['value']

export const ID_TYPES = [
  { value: 'resident_id', zh: '居民身份证', en: 'Resident identity card' },
  { value: 'passport', zh: '护照', en: 'Passport' },
  {
    value: 'hk_macao_permit',
    zh: '港澳居民来往内地通行证',
    en: 'Mainland travel permit (HK/Macao)',
  },
  { value: 'taiwan_permit', zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit (Taiwan)' },
  {
    value: 'foreign_permanent_resident',
    zh: '外国人永久居留身份证',
    en: 'Foreign permanent resident ID',
  },
  { value: 'other', zh: '其他', en: 'Other' },
] as const
export type IdType = (typeof ID_TYPES)[number]['value']

export const PREFERRED_FORMS = [
  { value: 'paper', zh: '纸质', en: 'Paper' },
  { value: 'electronic', zh: '电子', en: 'Electronic' },
] as const

/** How the applicant wants the answer delivered. */
export const REPLY_CHANNELS = [
  { value: 'post', zh: '邮寄', en: 'Post' },
  { value: 'email', zh: '电子邮件', en: 'Email' },
  { value: 'pickup', zh: '当场领取', en: 'Pick up' },
  { value: 'online', zh: '网上获取', en: 'Online' },
] as const

/** How the request reached the body (decides the receipt date, see receiptDate in src/clocks). */
export const RECEIPT_CHANNELS = [
  { value: 'online', zh: '网上申请', en: 'Online' },
  { value: 'in_person', zh: '当面提交', en: 'In person' },
  { value: 'post', zh: '邮寄', en: 'By post' },
] as const

export interface OutcomeCategory {
  value: string
  zh: string
  en: string
  reasons: ReadonlyArray<{ value: string; zh: string }>
}

export const OUTCOMES: readonly OutcomeCategory[] = [
  { value: 'disclosed', zh: '予以公开', en: 'Disclosed', reasons: [] },
  { value: 'partly_disclosed', zh: '部分公开', en: 'Partly disclosed', reasons: [] },
  {
    value: 'refused',
    zh: '不予公开',
    en: 'Not disclosed',
    reasons: [
      { value: 'state_secret', zh: '属于国家秘密' },
      { value: 'prohibited_by_law', zh: '其他法律行政法规禁止公开' },
      { value: 'three_safeties', zh: '危及"三安全一稳定"' },
      { value: 'third_party_rights', zh: '保护第三方合法权益' },
      { value: 'internal_affairs', zh: '属于三类内部事务信息' },
      { value: 'process_information', zh: '属于四类过程性信息' },
      { value: 'enforcement_files', zh: '属于行政执法案卷' },
      { value: 'administrative_inquiry', zh: '属于行政查询事项' },
    ],
  },
  {
    value: 'unable',
    zh: '无法提供',
    en: 'Cannot be provided',
    reasons: [
      { value: 'not_held', zh: '本机关不掌握相关政府信息' },
      { value: 'needs_creation', zh: '没有现成信息需要另行制作' },
      { value: 'still_unclear', zh: '补正后申请内容仍不明确' },
    ],
  },
  {
    value: 'not_processed',
    zh: '不予处理',
    en: 'Not processed',
    reasons: [
      { value: 'petition', zh: '信访举报投诉类申请' },
      { value: 'repeated', zh: '重复申请' },
      { value: 'publication', zh: '要求提供公开出版物' },
      { value: 'abusive', zh: '无正当理由大量反复申请' },
      { value: 'confirmation', zh: '要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    value: 'other',
    zh: '其他处理',
    en: 'Other handling',
    reasons: [
      {
        value: 'correction_not_made',
        zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      },
      {
        value: 'fee_not_paid',
        zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      },
      { value: 'other', zh: '其他' },
    ],
  },
]

export type OutcomeValue =
  'disclosed' | 'partly_disclosed' | 'refused' | 'unable' | 'not_processed' | 'other'

export function outcomeOf(value: string | null | undefined): OutcomeCategory | undefined {
  return OUTCOMES.find((o) => o.value === value)
}

/** Whether `reason` is one of the outcome's reasons (outcomes without reasons take none). */
export function reasonFits(outcome: string, reason: string | null | undefined): boolean {
  const category = outcomeOf(outcome)
  if (!category) return false
  if (category.reasons.length === 0) return !reason
  return category.reasons.some((r) => r.value === reason)
}

/** Handling events a member of the handling department can record (see requestClock). */
export const HANDLING_EVENTS = [
  { value: 'received', zh: '收到申请', en: 'Received' },
  { value: 'correction_requested', zh: '要求补正', en: 'Correction requested' },
  { value: 'correction_received', zh: '收到补正', en: 'Correction received' },
  { value: 'consultation_started', zh: '征求第三方意见', en: 'Third-party consultation started' },
  { value: 'consultation_ended', zh: '第三方意见返回', en: 'Third-party consultation ended' },
  { value: 'extended', zh: '延期答复', en: 'Extended' },
  { value: 'answered', zh: '作出答复', en: 'Answered' },
  { value: 'assigned', zh: '转办', en: 'Reassigned' },
] as const
export type HandlingEventType = (typeof HANDLING_EVENTS)[number]['value']

/** The public status of a request (what the status page shows). */
export const REQUEST_STATUSES = [
  { value: 'received', zh: '已受理', en: 'Received' },
  { value: 'awaiting_correction', zh: '待补正', en: 'Awaiting your correction' },
  { value: 'in_consultation', zh: '征求意见中', en: 'Third-party consultation' },
  { value: 'extended', zh: '已延期', en: 'Extended' },
  { value: 'answered', zh: '已答复', en: 'Answered' },
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]['value']
