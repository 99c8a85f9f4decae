'use client'
/** Above the audit log's list: the audit admin's CSV export (the export itself is recorded). */
import { useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

export function AuditExportLink() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  return (
    <p className="gk-audit-export">
      <a
        className="btn btn--size-small btn--style-secondary"
        href={`${config.serverURL ?? ''}${config.routes.api}/audit-log/export`}
        download
      >
        {zh ? '导出审计日志（CSV）' : 'Export the audit log (CSV)'}
      </a>
    </p>
  )
}
