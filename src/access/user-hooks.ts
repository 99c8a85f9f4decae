import {
  type CollectionBeforeLoginHook,
  type CollectionBeforeValidateHook,
  UnauthorizedError,
  ValidationError,
} from 'payload'

import { message } from '../fields/labels'
import { platformAdminHasNoDepartmentRoles, platformRolesAreSeparate } from './predicates'

/** A disabled account cannot sign in (its existing tokens are refused by every access rule). */
export const refuseDisabledAccount: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user?.disabled) throw new UnauthorizedError(req.t)
  return user
}

/** 三员分立: one platform role at most, and a platform administrator holds no editorial role. */
export const checkRoleSeparation: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const platformRoles = data?.platformRoles ?? originalDoc?.platformRoles ?? []
  const memberships = data?.memberships ?? originalDoc?.memberships ?? []
  if (!platformRolesAreSeparate(platformRoles)) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'platformRoles',
          message: message(
            req,
            '三员分立：一个账号只能担任系统管理员、安全管理员、安全审计员中的一种',
            'An account holds at most one of the three platform roles',
          ),
        },
      ],
    })
  }
  if (!platformAdminHasNoDepartmentRoles({ platformRoles, memberships })) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'memberships',
          message: message(
            req,
            '平台管理员不能同时担任部门编辑、审核或发布角色',
            'A platform administrator holds no department role',
          ),
        },
      ],
    })
  }
  return data
}
