/** Helpers for the import tests: byte sources and GB18030 bytes without a binary fixture. */

/** GB18030 bytes of the characters the tests use (from `iconv -f UTF-8 -t GB18030`). */
const GB18030: Record<string, string> = {
  行: 'd0d0',
  政: 'd5fe',
  相: 'cfe0',
  对: 'b6d4',
  人: 'c8cb',
  名: 'c3fb',
  称: 'b3c6',
  处: 'b4a6',
  罚: 'b7a3',
  决: 'bef6',
  定: 'b6a8',
  日: 'c8d5',
  期: 'c6da',
  张: 'd5c5',
  三: 'c8fd',
  丰: 'b7e1',
  年: 'c4ea',
  月: 'd4c2',
  '（': 'a3a8',
  '）': 'a3a9',
  万: 'cdf2',
  元: 'd4aa',
  款: 'bfee',
  金: 'bdf0',
  额: 'b6ee',
  // Outside GBK: a four-byte GB18030 sequence.
  '𠀀': '95328236',
}

/** Encodes text as GB18030 (ASCII and the characters above only). */
export function gb18030(text: string): Uint8Array {
  const out: number[] = []
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0))
    else {
      const hex = GB18030[c]
      if (!hex) throw new Error(`no GB18030 bytes for ${c} in the test table`)
      for (let i = 0; i < hex.length; i += 2) out.push(parseInt(hex.slice(i, i + 2), 16))
    }
  }
  return Uint8Array.from(out)
}

export const utf8 = (text: string) => new TextEncoder().encode(text)

/** Bytes cut into chunks of `size`, as a stream would deliver them. */
export function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}
