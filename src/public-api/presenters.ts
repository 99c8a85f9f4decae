/**
 * Presenters decide every public field: a Payload document never goes to the wire as it is.
 * Database ids are replaced by public codes.
 */
import type { z } from 'zod'

import type { DepartmentSchema, TopicSchema } from './schemas'

type Localized = string | Record<string, string | null | undefined> | null | undefined

/** A localized value in the requested locale, falling back to Chinese. */
export function text(value: Localized, locale: 'zh' | 'en'): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  return value[locale] ?? value.zh ?? null
}

export function presentDepartment(
  doc: any,
  locale: 'zh' | 'en',
  codeOf: (id: unknown) => string | null,
): z.infer<typeof DepartmentSchema> {
  const websites = (doc.websites ?? []).map((w: any) => w.url).filter(Boolean)
  const contact = doc.contact ?? {}
  return {
    code: doc.code,
    name: text(doc.name, locale) ?? '',
    shortName: text(doc.shortName, locale),
    parentCode: doc.parent ? codeOf(doc.parent) : null,
    website: websites[0] ?? null,
    websites,
    contact: {
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      address: text(contact.address, locale),
      postcode: contact.postcode ?? null,
      fax: contact.fax ?? null,
      hours: text(contact.hours, locale),
    },
  }
}

export function presentTopic(
  doc: any,
  locale: 'zh' | 'en',
  codeOf: (id: unknown) => string | null,
): z.infer<typeof TopicSchema> {
  return {
    code: doc.code,
    name: text(doc.name, locale) ?? '',
    parentCode: doc.parent ? codeOf(doc.parent) : null,
  }
}
