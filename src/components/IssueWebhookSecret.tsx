'use client'
/**
 * In a webhook subscription's sidebar: the button that issues a new signing secret and shows it
 * this once. The server keeps the secret only sealed and never shows it again, so a lost secret
 * is replaced by issuing a new one (the receiver then needs the new one).
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useHydrated } from './use-hydrated'

export function IssueWebhookSecret() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [secret, setSecret] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const hydrated = useHydrated()
  const label = zh ? '签名密钥' : 'Signing secret'
  if (!id)
    return (
      <div className="field-type">
        <p className="field-label">{label}</p>
        <p className="field-description">
          {zh ? '保存后可签发签名密钥' : 'Save first, then issue a signing secret'}
        </p>
      </div>
    )

  const issue = async () => {
    setBusy(true)
    setError(null)
    const res = await fetch(
      `${config.serverURL ?? ''}${config.routes.api}/webhook-subscriptions/${id}/secret`,
      { method: 'POST', credentials: 'include' },
    )
    setBusy(false)
    if (res.ok) setSecret(((await res.json()) as { secret: string }).secret)
    else setError(zh ? '签发失败' : 'Could not issue a secret')
  }

  return (
    <div className="field-type gk-issue-key">
      <p className="field-label">{label}</p>
      <p className="field-description">
        {zh
          ? '接收方用此密钥校验 webhook-signature（Standard Webhooks）。密钥只在签发时显示一次。'
          : 'The receiver checks webhook-signature with it (Standard Webhooks). It is shown only when issued.'}
      </p>
      {secret ? (
        <div role="status">
          <p>
            {zh
              ? '新密钥如下。它只显示这一次，请立即复制保存：'
              : 'The new secret is below. It is shown only this once; copy it now:'}
          </p>
          <input
            aria-label={zh ? '新签名密钥' : 'New signing secret'}
            className="gk-issued-key"
            readOnly
            value={secret}
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
        {zh ? '签发新密钥（旧密钥随即失效）' : 'Issue a new secret (the old one stops working)'}
      </button>
    </div>
  )
}
