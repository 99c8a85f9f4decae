import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { message } from '../fields/labels'
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

/** Every subscription gets its own signing secret when created. */
export const subscriptionSecret: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  data.secret = operation === 'create' ? newSecret() : originalDoc?.secret
  return data
}
