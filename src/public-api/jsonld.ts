/**
 * schema.org JSON-LD for a public document: `Legislation` for policies and regulations,
 * `GovernmentService` for service procedures, `Article` for the rest. Plain data in, plain out.
 */
export type JsonLdInput = {
  type: string
  uid: string
  title: string
  summary: string | null
  url: string
  webUrl: string | null
  locale: 'zh' | 'en'
  publishedAt: string | null
  updatedAt: string | null
  department: { code: string; name: string; website?: string | null } | null
  docNumber?: string | null
  signedDate?: string | null
  effectiveDate?: string | null
  validity?: string | null
  keywords?: string[]
  itemType?: string | null
  onlineUrl?: string | null
  asOf?: string | null
}

const LEGAL_FORCE: Record<string, string> = {
  valid: 'https://schema.org/InForce',
  expired: 'https://schema.org/NotInForce',
  repealed: 'https://schema.org/NotInForce',
}

export function jsonLd(doc: JsonLdInput): Record<string, unknown> {
  const organization = doc.department
    ? {
        '@type': 'GovernmentOrganization',
        name: doc.department.name,
        identifier: doc.department.code,
        ...(doc.department.website ? { url: doc.department.website } : {}),
      }
    : undefined
  const common = {
    '@context': 'https://schema.org',
    '@id': doc.webUrl ?? doc.url,
    identifier: doc.uid,
    name: doc.title,
    ...(doc.summary ? { description: doc.summary } : {}),
    url: doc.webUrl ?? doc.url,
    inLanguage: doc.locale === 'en' ? 'en' : 'zh-CN',
    ...(doc.publishedAt ? { datePublished: doc.publishedAt } : {}),
    ...(doc.updatedAt ? { dateModified: doc.updatedAt } : {}),
    ...(doc.keywords?.length ? { keywords: doc.keywords.join(', ') } : {}),
  }
  if (doc.type === 'policy' || doc.type === 'regulation') {
    return {
      ...common,
      '@type': 'Legislation',
      ...(doc.docNumber ? { legislationIdentifier: doc.docNumber } : {}),
      ...(doc.signedDate ? { legislationDate: doc.signedDate } : {}),
      ...(doc.effectiveDate ? { legislationDateVersion: doc.asOf ?? doc.effectiveDate } : {}),
      ...(doc.validity && LEGAL_FORCE[doc.validity]
        ? { legislationLegalForce: LEGAL_FORCE[doc.validity] }
        : {}),
      legislationType: doc.type === 'regulation' ? 'Regulation' : 'Policy',
      ...(organization ? { legislationPassedBy: organization, publisher: organization } : {}),
    }
  }
  if (doc.type === 'procedure') {
    return {
      ...common,
      '@type': 'GovernmentService',
      ...(doc.itemType ? { serviceType: doc.itemType } : {}),
      ...(organization ? { provider: organization, serviceOperator: organization } : {}),
      ...(doc.onlineUrl
        ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: doc.onlineUrl } }
        : {}),
    }
  }
  return {
    ...common,
    '@type': 'Article',
    headline: doc.title.slice(0, 110),
    ...(organization ? { publisher: organization, author: organization } : {}),
  }
}
