/**
 * 索引号 (index numbers): `<department code>/<year>-<5-digit sequence>`, e.g. 000014349/2017-00110.
 * The sequence is per department and year, assigned at first publication and never reused.
 */
export function formatIndexNumber(departmentCode: string, year: number, sequence: number): string {
  if (!/^[0-9A-Z]{1,32}$/.test(departmentCode))
    throw new Error(`invalid department code: ${departmentCode}`)
  if (!Number.isInteger(year) || year < 1949 || year > 9999)
    throw new Error(`invalid year: ${year}`)
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) {
    throw new Error(`index number sequence out of range (1-99999): ${sequence}`)
  }
  return `${departmentCode}/${year}-${String(sequence).padStart(5, '0')}`
}

export function parseIndexNumber(
  value: string,
): { departmentCode: string; year: number; sequence: number } | null {
  const match = /^([0-9A-Z]{1,32})\/(\d{4})-(\d{5})$/.exec(value)
  if (!match) return null
  return { departmentCode: match[1]!, year: Number(match[2]), sequence: Number(match[3]) }
}

/** The key of the sequence an index number draws from. */
export function indexSequenceKey(departmentCode: string, year: number): string {
  return `index:${departmentCode}:${year}`
}
