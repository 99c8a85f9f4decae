import type { CollectionConfig, Field } from 'payload'

import { nobody } from '../src/access'
import { departmentIdsOf } from '../src/access/predicates'
import { l, option } from '../src/fields/labels'
import { errorReportEndpoint, uploadEndpoint } from '../src/import/upload'
import { readOwnDepartment } from '../src/requests/access'

const readOnly = (field: Field): Field =>
  ({ ...field, admin: { ...(field as any).admin, readOnly: true } }) as Field
const count = (name: string, zh: string, en: string): Field =>
  readOnly({ name, type: 'number', defaultValue: 0, label: l(zh, en), admin: { width: '25%' } })

export const IMPORT_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number]

/**
 * Bulk decision imports started from the admin's upload screen (POST /api/import-runs/upload):
 * who imported which file into which department, how far the import has got, and how it ended
 * (the counts, or why it failed). The rejected rows' report is GET /api/import-runs/:id/errors.csv.
 *
 * Written only by the upload endpoint and the import it starts, never through REST or the admin
 * form; readable by the staff of the run's department (the file holds the department's decisions,
 * natural persons' names and ID numbers among them).
 */
export const ImportRuns: CollectionConfig = {
  slug: 'import-runs',
  labels: { singular: l('批量导入', 'Import run'), plural: l('批量导入', 'Import runs') },
  admin: {
    useAsTitle: 'fileName',
    defaultColumns: [
      'fileName',
      'kind',
      'department',
      'status',
      'created',
      'updated',
      'rejected',
      'createdAt',
    ],
    group: l('双公示', 'Decisions'),
    // Department staff only: the people who import decisions.
    hidden: ({ user }) => departmentIdsOf(user as any).length === 0,
    // The upload form, its progress bar and summary (src/components/ImportUpload.tsx).
    components: { beforeListTable: ['/components/ImportUpload#ImportUpload'] },
  },
  access: {
    read: readOwnDepartment,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: [uploadEndpoint, errorReportEndpoint],
  defaultSort: '-createdAt',
  fields: [
    readOnly({
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      label: l('状态', 'Status'),
      options: [
        option('queued', '排队中', 'Queued'),
        option('running', '导入中', 'Running'),
        option('done', '已完成', 'Done'),
        option('failed', '失败', 'Failed'),
      ],
      admin: { position: 'sidebar' },
    }),
    readOnly({
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      label: l('部门', 'Department'),
    }),
    readOnly({
      name: 'kind',
      type: 'select',
      required: true,
      label: l('类型', 'Kind'),
      options: [
        option('licensing', '行政许可', 'Licensing decisions'),
        option('penalty', '行政处罚', 'Penalty decisions'),
      ],
    }),
    readOnly({ name: 'fileName', type: 'text', required: true, label: l('文件名', 'File') }),
    readOnly({
      name: 'publish',
      type: 'checkbox',
      defaultValue: false,
      label: l('导入后直接公开', 'Publish on import'),
    }),
    readOnly({
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: l('导入人', 'Imported by'),
      admin: { position: 'sidebar' },
    }),
    {
      type: 'row',
      fields: [
        count('created', '新增', 'Created'),
        count('updated', '更新', 'Updated'),
        count('unchanged', '未变', 'Unchanged'),
        count('rejected', '拒绝', 'Rejected'),
      ],
    },
    {
      type: 'row',
      fields: [
        count('rows', '已读行数', 'Rows read'),
        count('bytes', '已读字节', 'Bytes read'),
        readOnly({
          name: 'totalBytes',
          type: 'number',
          label: l('文件大小（字节）', 'File size (bytes)'),
          admin: { width: '25%' },
        }),
      ],
    },
    readOnly({
      name: 'unknownColumns',
      type: 'text',
      label: l('未导入的列（无法识别）', 'Columns not imported (unknown)'),
    }),
    readOnly({ name: 'error', type: 'textarea', label: l('失败原因', 'Why it failed') }),
    readOnly({
      name: 'startedAt',
      type: 'date',
      label: l('开始时间', 'Started at'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    }),
    readOnly({
      name: 'finishedAt',
      type: 'date',
      label: l('结束时间', 'Finished at'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    }),
    {
      // The process running (or holding in its queue) the import renews this while it works; a
      // queued or running import whose lease has passed was left by a process that is gone.
      name: 'leaseUntil',
      type: 'date',
      index: true,
      admin: { hidden: true },
    },
  ],
}
