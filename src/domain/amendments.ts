/**
 * Point-in-time text of a regulation or policy (the eCFR idea): the original text is in force from
 * the document's effective date; each amendment (修订/修正) replaces the whole text from its own
 * effective date. `asOf` picks the version in force on a date.
 */
export type Amendment<T> = {
  /** YYYY-MM-DD */
  effectiveDate: string
  text: T
  decisionDocNumber?: string | null
  decisionDate?: string | null
  kind?: string | null
}

export type VersionInForce<T> = {
  text: T
  /** null for the original text */
  amendment: Amendment<T> | null
  effectiveFrom: string
  /** The day the next version takes over (exclusive), or null while it is current. */
  effectiveUntil: string | null
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

export function toDateOnly(value: string | Date | null | undefined): string | null {
  if (!value) return null
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (isoDate.test(value)) return value
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10)
}

/**
 * The text in force on `date`, or null when the document was not yet in force then.
 * Amendments may be given in any order; two with the same effective date: the later in the list wins.
 */
export function versionInForce<T>(
  original: { text: T; effectiveDate: string },
  amendments: Amendment<T>[],
  date: string,
): VersionInForce<T> | null {
  if (!isoDate.test(date)) throw new Error(`not a YYYY-MM-DD date: ${date}`)
  if (date < original.effectiveDate) return null
  const timeline: Array<{ from: string; text: T; amendment: Amendment<T> | null }> = [
    { from: original.effectiveDate, text: original.text, amendment: null },
    ...amendments
      .map((amendment, index) => ({ amendment, index }))
      .filter(({ amendment }) => isoDate.test(amendment.effectiveDate))
      .sort(
        (a, b) =>
          a.amendment.effectiveDate.localeCompare(b.amendment.effectiveDate) || a.index - b.index,
      )
      .map(({ amendment }) => ({ from: amendment.effectiveDate, text: amendment.text, amendment })),
  ]
  let current = 0
  for (let i = 1; i < timeline.length; i++) if (timeline[i]!.from <= date) current = i
  const next = timeline.slice(current + 1).find((v) => v.from > timeline[current]!.from)
  return {
    text: timeline[current]!.text,
    amendment: timeline[current]!.amendment,
    effectiveFrom: timeline[current]!.from,
    effectiveUntil: next?.from ?? null,
  }
}
