/** The change notifications of public-api.md, and which one a change of public state is. */
export const WEBHOOK_EVENTS = [
  { value: 'document.published', zh: '发布', en: 'Published' },
  { value: 'document.updated', zh: '更新', en: 'Updated' },
  { value: 'document.withdrawn', zh: '撤回', en: 'Withdrawn' },
  { value: 'document.unpublished', zh: '撤销发布', en: 'Unpublished' },
] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['value']

/** Public state of a document: its projection row's state, or absent (never public / removed). */
export type PublicStateName = 'published' | 'withdrawn' | 'removed' | null

/**
 * The event announced when a document's public state goes from `before` to `after`, or null when
 * nothing public happened. A change while published is an update (also a patch of its validity or
 * relations); published again after a withdrawal or removal is a publication.
 */
export function eventFor(before: PublicStateName, after: PublicStateName): WebhookEvent | null {
  const wasPublic = before === 'published' || before === 'withdrawn'
  if (after === 'published')
    return before === 'published' ? 'document.updated' : 'document.published'
  if (after === 'withdrawn') return before === 'withdrawn' ? null : 'document.withdrawn'
  return wasPublic ? 'document.unpublished' : null
}
