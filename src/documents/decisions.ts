import type { CollectionBeforeChangeHook } from 'payload'

import { isNaturalPerson, maskIdNumber, maskPersonName } from '../domain/masking'

/**
 * Licensing and penalty decisions (双公示): the public forms of the party's data, computed at
 * write time so no public output can forget to mask. For natural persons the name and ID number
 * are masked; the full values stay in fields only the owning department's staff can read.
 *
 * Penalties also leave public output on their publication end date (公示截止期): it becomes the
 * document's `unpublishAt`, which the public read filter honours.
 */
export function decisionPublicForms(kind: 'licensing' | 'penalty'): CollectionBeforeChangeHook {
  return ({ data, originalDoc }) => {
    const value = (name: string) => (data[name] !== undefined ? data[name] : originalDoc?.[name])
    const partyType = value('partyType')
    const partyName = String(value('partyName') ?? '').trim()
    const natural = isNaturalPerson(partyType)
    data.partyNamePublic = natural ? maskPersonName(partyName) : partyName
    data.idNumberPublic = natural ? maskIdNumber(value('idNumber')) : null
    data.legalRepresentativePublic = value('legalRepresentative') ?? null

    const documentName = String(
      value(kind === 'licensing' ? 'decisionDocName' : 'decisionNumber') ?? '',
    ).trim()
    data.title =
      kind === 'licensing'
        ? `${data.partyNamePublic}${documentName ? ` ${documentName}` : ' 行政许可决定'}`
        : `${data.partyNamePublic} 行政处罚决定${documentName ? `（${documentName}）` : ''}`

    if (kind === 'penalty') {
      const end = value('publicationEndDate')
      // The decision leaves public output at the start of its end date (Beijing time).
      data.unpublishAt = end ? endOfPublication(end) : (value('unpublishAt') ?? null)
    }
    return data
  }
}

/** 00:00 Beijing time (UTC+8) of the given date, as an ISO instant. */
export function endOfPublication(date: string): string {
  const day = String(date).slice(0, 10)
  return new Date(`${day}T00:00:00+08:00`).toISOString()
}
