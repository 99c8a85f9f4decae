import type { CollectionConfig } from 'payload'

import { documentAccess } from '../access/documents'
import { auditDocumentChange, auditDocumentDelete } from '../audit/hooks'
import { workflowEndpoint, workflowStatusEndpoint } from './endpoint'
import {
  draftsOnlyForPeople,
  projectPublic,
  publishFiles,
  scheduleRemoval,
  unprojectPublic,
  workflowRecord,
} from './hooks'

/**
 * Wires the publication workflow into a document collection: drafts and versions (a draft must
 * be valid too: it is what a reviewer approves), department-scoped access, the hooks that make
 * every person's save a working copy, and the workflow endpoint. Collections stay declarations.
 */
export function withWorkflow(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    versions: {
      drafts: { validate: true },
      maxPerDoc: typeof config.versions === 'object' ? config.versions.maxPerDoc : 100,
    },
    access: { ...documentAccess, ...config.access },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        // No "Publish" button: only the workflow publishes (its buttons are in the sidebar).
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: '/components/WorkflowActions#NoPublishButton',
        },
      },
    },
    endpoints: [...(config.endpoints || []), workflowEndpoint, workflowStatusEndpoint],
    hooks: {
      ...config.hooks,
      beforeOperation: [draftsOnlyForPeople, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [workflowRecord, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [
        ...(config.hooks?.afterChange ?? []),
        scheduleRemoval,
        publishFiles,
        projectPublic,
        auditDocumentChange,
      ],
      afterDelete: [...(config.hooks?.afterDelete ?? []), unprojectPublic, auditDocumentDelete],
    },
  }
}
