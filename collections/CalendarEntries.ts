import type { CollectionConfig } from 'payload'

import { isAuthenticated, isSystemAdmin } from '../src/access/predicates'
import { auditDocumentChange, auditDocumentDelete } from '../src/audit/hooks'
import { isIsoDate } from '../src/clocks/calendar'
import { calendarChanged } from '../src/clocks/store'
import { l, message } from '../src/fields/labels'

/**
 * Local entries of the working-day calendar (src/clocks/calendar.ts): a local holiday the body
 * closes on, or an extra working day, and next year's arrangement before `chinese-days` ships it.
 * They win over the official data. A change recomputes every open clock.
 */
export const CalendarEntries: CollectionConfig = {
  slug: 'calendar-entries',
  labels: {
    singular: l('工作日调整', 'Calendar entry'),
    plural: l('工作日历', 'Working-day calendar'),
  },
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'working', 'name'],
    group: l('基础数据', 'Reference data'),
  },
  access: {
    read: ({ req: { user } }) => isAuthenticated(user as any),
    create: ({ req: { user } }) => isSystemAdmin(user as any),
    update: ({ req: { user } }) => isSystemAdmin(user as any),
    delete: ({ req: { user } }) => isSystemAdmin(user as any),
  },
  hooks: {
    afterChange: [auditDocumentChange, calendarChanged],
    afterDelete: [auditDocumentDelete, calendarChanged],
  },
  fields: [
    {
      name: 'date',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: l('日期', 'Date'),
      admin: { description: l('格式 YYYY-MM-DD', 'As YYYY-MM-DD') },
      validate: (value: unknown, { req }: any) =>
        isIsoDate(value) || message(req, '日期格式应为 YYYY-MM-DD', 'The date must be YYYY-MM-DD'),
    },
    {
      name: 'working',
      type: 'checkbox',
      defaultValue: false,
      label: l('工作日', 'Working day'),
      admin: {
        description: l(
          '勾选：当天上班；不勾选：当天放假',
          'Checked: a working day; unchecked: a day off',
        ),
      },
    },
    { name: 'name', type: 'text', maxLength: 100, label: l('说明', 'Name') },
  ],
}
