import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  Endpoint,
  PayloadRequest,
} from 'payload'
import { ValidationError } from 'payload'

import { message } from '../fields/labels'
import { isSealed, keyOf, sealSecret } from './secret-box'
import { newSecret } from './signing'
import { targetProblem } from './targets'

/** The operator's choice (WEBHOOK_ALLOW_PRIVATE), read from the Payload config's `custom`. */
const allowPrivate = (req: any) => Boolean(req.payload.config.custom?.webhooks?.allowPrivate)

/** A subscription's URL must be http(s) and, unless the operator allows it, not internal. */
export const checkSubscriptionTarget: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  const url = data.url ?? originalDoc?.url
  const problem = url ? targetProblem(String(url), allowPrivate(req)) : null
  if (problem)
    throw new ValidationError({
      collection: 'webhook-subscriptions',
      errors: [
        {
          path: 'url',
          message: message(
            req,
            problem === 'points to an internal address'
              ? '不能发送到内部网络地址'
              : '请填写 http:// 或 https:// 开头的地址',
            `The URL ${problem}`,
          ),
        },
      ],
    })
  return data
}

/** Set in a request's context to issue a new signing secret on update (the rotate endpoint). */
export const ROTATE_SECRET = 'gongkaiRotateWebhookSecret'
/** Where the hook leaves the plain secret it issued, for the one response that shows it. */
const ISSUED_SECRET = 'gongkaiIssuedWebhookSecret'

/**
 * Every subscription gets its own signing secret when created, and a new one when rotated; only
 * its sealed form (secret-box.ts) is stored. Any other write keeps the stored secret, sealing one
 * an earlier release stored in plaintext.
 */
export const subscriptionSecret: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  const key = keyOf(req.payload)
  if (operation === 'create' || context?.[ROTATE_SECRET]) {
    const plain = newSecret()
    data.secret = sealSecret(plain, key)
    context[ISSUED_SECRET] = plain
  } else {
    const stored = originalDoc?.secret as string | null | undefined
    data.secret = stored && !isSealed(stored) ? sealSecret(stored, key) : stored
  }
  return data
}

/**
 * The response of the write that issued a secret (create, rotate) carries it, this once; the
 * field itself is never readable (read access false, hidden), so no later read shows it.
 */
export const revealIssuedSecret: CollectionAfterChangeHook = ({ doc, context }) => {
  const plain = context?.[ISSUED_SECRET]
  if (typeof plain !== 'string') return doc
  delete context[ISSUED_SECRET]
  return { ...doc, secret: plain }
}

/**
 * POST /api/webhook-subscriptions/:id/secret — issues a new signing secret (the old one stops
 * signing at once) and returns it this once. Whoever may update the subscription may.
 */
export const rotateSecretEndpoint: Endpoint = {
  path: '/:id/secret',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const noStore = { 'cache-control': 'no-store' }
    if (!req.user)
      return Response.json({ error: 'Unauthorized' }, { status: 401, headers: noStore })
    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload
      .findByID({
        collection: 'webhook-subscriptions',
        id,
        overrideAccess: false,
        user: req.user,
        depth: 0,
      })
      .catch(() => null)
    if (!found) return Response.json({ error: 'Not found' }, { status: 404, headers: noStore })
    const doc = (await req.payload.update({
      collection: 'webhook-subscriptions',
      id,
      data: {},
      overrideAccess: false,
      user: req.user,
      depth: 0,
      context: { [ROTATE_SECRET]: true },
    })) as { secret?: string }
    return Response.json({ secret: doc.secret }, { status: 200, headers: noStore })
  },
}
