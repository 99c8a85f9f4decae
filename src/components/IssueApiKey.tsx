'use client'
/**
 * Below an API key's prefix: the button that issues a key and shows it this once. The server keeps
 * only its hash, so a lost key is replaced by issuing a new one.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useHydrated } from './use-hydrated'

export function IssueApiKey() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [key, setKey] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const hydrated = useHydrated()
  if (!id)
    return (
      <p className="field-description">
        {zh ? '保存后可签发密钥' : 'Save first, then issue a key'}
      </p>
    )

  const issue = async () => {
    setBusy(true)
    setError(null)
    const res = await fetch(`${config.serverURL ?? ''}${config.routes.api}/api-keys/${id}/issue`, {
      method: 'POST',
      credentials: 'include',
    })
    setBusy(false)
    if (res.ok) setKey(((await res.json()) as { key: string }).key)
    else setError(zh ? '签发失败' : 'Could not issue a key')
  }

  return (
    <div className="gk-issue-key">
      {key ? (
        <div role="status">
          <p>
            {zh
              ? '新密钥如下。它只显示这一次，请立即复制保存：'
              : 'The new key is below. It is shown only this once; copy it now:'}
          </p>
          <input
            aria-label={zh ? '新密钥' : 'New key'}
            className="gk-issued-key"
            readOnly
            value={key}
            onFocus={(e) => e.currentTarget.select()}
            style={{ width: '100%', fontFamily: 'monospace' }}
          />
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <button
        type="button"
        className="btn btn--size-small btn--style-secondary"
        disabled={busy || !hydrated}
        onClick={() => void issue()}
      >
        {zh ? '签发新密钥（旧密钥随即失效）' : 'Issue a new key (the old one stops working)'}
      </button>
    </div>
  )
}
