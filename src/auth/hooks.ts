import {
  APIError,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { message } from '../fields/labels'
import { type PasswordProfile, passwordExpired, passwordProblems } from './password-policy'

export const profileOf = (req: PayloadRequest): PasswordProfile =>
  (req.payload.config.custom?.passwordPolicy as PasswordProfile | undefined) ?? 'standard'

function refuse(req: PayloadRequest, password: string, email: string | null | undefined) {
  const problems = passwordProblems(password, { profile: profileOf(req), email })
  if (!problems.length) return
  throw new ValidationError({
    collection: 'users',
    errors: problems.map((p) => ({ path: 'password', message: message(req, p.zh, p.en) })),
  })
}

/** Every new password (account creation, a change) meets the policy; its date is kept. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (data && typeof data.password === 'string') {
    refuse(req, data.password, data.email ?? originalDoc?.email)
    data.passwordChangedAt = new Date().toISOString()
  }
  return data
}

/** The reset-password flow sets a password without the validate hooks: check it here. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'resetPassword' && typeof (args as any)?.data?.password === 'string')
    refuse(req, (args as any).data.password, null)
  return args
}

/** MLPS profile: a password older than 90 days no longer signs in; an administrator resets it. */
export const refuseExpiredPassword: CollectionBeforeLoginHook = ({ user, req }) => {
  if (passwordExpired(user?.passwordChangedAt, new Date(), profileOf(req)))
    throw new APIError(
      message(
        req,
        '密码已超过 90 天未更换，请联系系统管理员重设密码',
        'The password is older than 90 days; ask the system administrator to set a new one',
      ),
      403,
      { code: 'password_expired' },
      true,
    )
  return user
}
