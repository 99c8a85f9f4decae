'use client'
/**
 * False in the server's HTML and during hydration, true once React runs this component in the
 * browser. A button that arrives with the server's HTML does nothing when clicked before then, so
 * the admin's action buttons stay disabled until it is true: a lost click looks like a broken button.
 */
import { useEffect, useState } from 'react'

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
