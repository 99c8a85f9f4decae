/** A Chinese and English admin label. Chinese first: it is the admin's default language. */
export const l = (zh: string, en: string) => ({ zh, en })

/** A select option with Chinese and English labels. */
export const option = (value: string, zh: string, en: string) => ({ value, label: { zh, en } })

/** A validation message in the admin language of the request (Chinese unless the user chose English). */
export function message(
  req: { i18n?: { language?: string } } | undefined,
  zh: string,
  en: string,
): string {
  return req?.i18n?.language === 'en' ? en : zh
}
