/**
 * The applicant's fields checked together (plain): who must give what. Used by the public API
 * (field names of the contract), the portal form and every write of the collection.
 */
import { isValidResidentId } from '../domain/resident-id'
import { APPLICANT_TYPES, ID_TYPES } from './model'

export type FieldError = { field: string; zh: string; en: string }

export interface ApplicantInput {
  type?: unknown
  name?: unknown
  idType?: unknown
  idNumber?: unknown
  organizationCode?: unknown
  email?: unknown
  phone?: unknown
}

const filled = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[0-9][0-9 \-()]{5,30}$/
/** 统一社会信用代码 (GB 32100-2015): 18 characters without I, O, S, V, Z. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

/** The contract's names for the applicant's fields (public-api.md, Disclosure requests). */
export const PUBLIC_NAMES: Record<keyof ApplicantInput, string> = {
  type: 'applicantType',
  name: 'applicantName',
  idType: 'idType',
  idNumber: 'idNumber',
  organizationCode: 'organizationCode',
  email: 'email',
  phone: 'phone',
}

/** Errors named `${prefix}${key}`, or by `names` when given (the public API's field names). */
export function applicantErrors(
  a: ApplicantInput,
  prefix = '',
  names?: Record<keyof ApplicantInput, string>,
): FieldError[] {
  const errors: FieldError[] = []
  const name = (key: keyof ApplicantInput) => (names ? names[key] : `${prefix}${key}`)
  const add = (key: keyof ApplicantInput, zh: string, en: string) =>
    errors.push({ field: name(key), zh, en })
  if (!APPLICANT_TYPES.some((t) => t.value === a.type))
    add(
      'type',
      '请选择申请人类型',
      `must be one of ${APPLICANT_TYPES.map((t) => t.value).join(', ')}`,
    )
  if (!filled(a.name)) add('name', '请填写申请人姓名或名称', 'is required')
  else if (a.name.length > 200)
    add('name', '姓名或名称不超过 200 字', 'must be at most 200 characters')
  if (a.type === 'natural_person') {
    if (!ID_TYPES.some((t) => t.value === a.idType))
      add(
        'idType',
        '自然人须选择证件类型',
        `is required for natural persons: one of ${ID_TYPES.map((t) => t.value).join(', ')}`,
      )
    if (!filled(a.idNumber))
      add('idNumber', '自然人须填写证件号码', 'is required for natural persons')
    else if (a.idType === 'resident_id' && !isValidResidentId(a.idNumber.trim().toUpperCase()))
      add('idNumber', '居民身份证号码无效', 'is not a valid resident identity card number')
    else if (a.idNumber.length > 40)
      add('idNumber', '证件号码不超过 40 位', 'must be at most 40 characters')
  } else if (APPLICANT_TYPES.some((t) => t.value === a.type)) {
    if (!filled(a.organizationCode))
      add(
        'organizationCode',
        '法人或其他组织须填写统一社会信用代码',
        'is required for organisations',
      )
    else if (!CREDIT_CODE.test(a.organizationCode.trim().toUpperCase()))
      add(
        'organizationCode',
        '统一社会信用代码应为 18 位',
        'must be an 18-character unified social credit code',
      )
  }
  if (!filled(a.email) && !filled(a.phone)) {
    add('email', '请填写电子邮箱或联系电话（至少一项）', 'email or phone is required')
    add('phone', '请填写电子邮箱或联系电话（至少一项）', 'email or phone is required')
  }
  if (filled(a.email) && (!EMAIL.test(a.email.trim()) || a.email.length > 254))
    add('email', '电子邮箱格式不正确', 'is not an email address')
  if (filled(a.phone) && !PHONE.test(a.phone.trim()))
    add('phone', '联系电话格式不正确', 'is not a phone number')
  return errors
}
