/**
 * The search tokeniser and query parser: plain functions, no database, no framework.
 *
 * Text is folded (NFKC: full-width to half-width, compatibility forms; lower case; accents off
 * Latin letters) and cut into segments: runs of CJK characters, Latin (or other alphabetic)
 * words, and numbers. Everything else (spaces, punctuation, the brackets of document numbers
 * 〔〕[]()【】) only separates segments, so 国办发〔2017〕47号 and 国办发[2017]47号 are the same.
 *
 * The index holds one token stream per field, in order:
 *   - a word or a number is one token;
 *   - a CJK run c1…cn gives its overlapping bigrams c1c2 … c(n-1)cn and then its last character
 *     cn alone, which marks where the run ends. A run of one character is that character.
 * Every character of a run therefore starts a token (a bigram, or the end mark), so one
 * character is found by the prefix `c*`, and a string of CJK characters is found, exactly, as the
 * phrase of its bigrams: consecutive bigrams overlap, so the phrase occurs where the string does
 * and nowhere else. A query word that spans segments (国办发〔2017〕47号, ISO9001认证) is one phrase:
 * its first CJK part must end a run (bigrams + end mark), middle parts are whole runs, and its
 * last CJK part must begin one (bigrams, or `c*` for one character).
 */

export type SegmentKind = 'cjk' | 'alpha' | 'digit'

export interface Segment {
  kind: SegmentKind
  text: string
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3006]/u
const ALPHA = /[\p{L}\p{M}]/u
const DIGIT = /\p{N}/u
const LATIN_WITH_ACCENT = /[\u00c0-\u024f\u1e00-\u1eff]/

function foldChar(ch: string): string {
  // Fast paths (most text): ASCII, and the CJK ideographs that NFKC leaves as they are.
  if (ch.length === 1) {
    const c = ch.charCodeAt(0)
    if (c < 0x80) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return ch
  }
  let out = ch.normalize('NFKC').toLowerCase()
  // Accents come off Latin letters only: kana voicing marks and Hangul are letters in their own right.
  if (LATIN_WITH_ACCENT.test(out)) out = out.normalize('NFD').replace(/\p{M}/gu, '')
  return out
}

/** The folded text, and for each of its UTF-16 units the index in the input it came from. */
export function foldWithMap(input: string): { text: string; source: number[] } {
  let text = ''
  const source: number[] = []
  let i = 0
  for (const ch of input) {
    const folded = foldChar(ch)
    text += folded
    for (let k = 0; k < folded.length; k++) source.push(i)
    i += ch.length
  }
  source.push(i)
  return { text, source }
}

// Accented Latin letters, or combining accents (which may follow a plain letter).
const LATIN_MARKED = /[\u00c0-\u024f\u1e00-\u1eff]|[\u0300-\u036f]/

/**
 * Folds a whole text at once (native normalisation: several times faster than per character).
 * foldWithMap folds per character to keep offsets; the two differ only on combining sequences.
 */
export function fold(input: string): string {
  let s = input.normalize('NFKC').toLowerCase()
  if (LATIN_MARKED.test(s))
    s = s
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
  return s
}

/** The kind of one character (its first code point); null for a separator or nothing. */
export function kindOf(ch: string): SegmentKind | null {
  const point = ch.codePointAt(0)
  return point === undefined ? null : kindOfPoint(point)
}

/** kindOf by code point (indexStream classifies without a string per character). */
function kindOfPoint(point: number): SegmentKind | null {
  // Fast paths (most text): ASCII, and the common CJK ideographs.
  if (point < 0x80) {
    if (point >= 48 && point <= 57) return 'digit'
    return (point >= 97 && point <= 122) || (point >= 65 && point <= 90) ? 'alpha' : null
  }
  if ((point >= 0x4e00 && point <= 0x9fff) || (point >= 0x3400 && point <= 0x4dbf)) return 'cjk'
  const ch = String.fromCodePoint(point)
  if (CJK.test(ch)) return 'cjk'
  if (DIGIT.test(ch)) return 'digit'
  if (ALPHA.test(ch)) return 'alpha'
  return null
}

/** Segments of already folded text, with their [start, end) offsets. */
export function segmentsWithOffsets(
  folded: string,
): Array<Segment & { start: number; end: number }> {
  const out: Array<Segment & { start: number; end: number }> = []
  let current: (Segment & { start: number; end: number }) | null = null
  let offset = 0
  for (const ch of folded) {
    const kind = kindOf(ch)
    // A combining mark continues a word (it is part of its letter).
    const continues =
      current && (kind === current.kind || (current.kind === 'alpha' && /\p{M}/u.test(ch)))
    if (kind && continues) {
      current!.text += ch
      current!.end = offset + ch.length
    } else {
      current = kind ? { kind, text: ch, start: offset, end: offset + ch.length } : null
      if (current) out.push(current)
    }
    offset += ch.length
  }
  return out
}

export function segments(text: string): Segment[] {
  return segmentsWithOffsets(fold(text)).map(({ kind, text }) => ({ kind, text }))
}

const chars = (s: string) => Array.from(s)

function bigrams(run: string): string[] {
  const c = chars(run)
  const out: string[] = []
  for (let i = 0; i + 1 < c.length; i++) out.push(c[i]! + c[i + 1]!)
  return out
}

/**
 * The token stream of a text, in order (what a field of the index holds). One pass over the
 * folded text (this runs for every document written; segments() is the readable equivalent).
 */
export function indexTokens(text: string): string[] {
  const out: string[] = []
  let run = '' // the previous character of the current CJK run
  let word = ''
  let wordKind: SegmentKind | null = null
  for (const ch of fold(text)) {
    const kind = kindOf(ch)
    if (kind === 'cjk') {
      if (word) {
        out.push(word)
        word = ''
        wordKind = null
      }
      if (run) out.push(run + ch)
      run = ch
      continue
    }
    if (run) {
      out.push(run)
      run = ''
    }
    if (kind && (kind === wordKind || (wordKind === 'alpha' && /\p{M}/u.test(ch)))) word += ch
    else {
      if (word) out.push(word)
      word = kind ? ch : ''
      wordKind = kind
    }
  }
  if (run) out.push(run)
  if (word) out.push(word)
  return out
}

/** What the SQLite index stores of one field (see indexStream). */
export interface IndexStream {
  /** indexTokens(text).join(' '): the tokens with positions. */
  stream: string
  /** The field's distinct CJK characters in order of first appearance, joined by spaces. */
  chars: string
}

// Scratch space of indexStream, reused from call to call (grown when a text needs more).
let streamBuffer = new Uint16Array(1 << 16)
let charsBuffer = new Uint16Array(1 << 12)
// A character's last call, by BMP code point: "seen in this text" without a Set per text.
const seenIn = new Uint32Array(1 << 16)
let call = 0

const MARK = /\p{M}/u
const utf16 = (units: Uint16Array, length: number) =>
  Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le')

/**
 * indexTokens(text).join(' ') and the text's distinct CJK characters, in one pass over the folded
 * text that writes UTF-16 units into a reused buffer: no string per character or per token. This
 * runs for every field of every document indexed, and the array of token strings cost more than
 * a third of building the SQLite index (100,000 documents: 8.5 s of JavaScript beside 46 s in
 * SQLite). The unit tests hold it to indexTokens and charsOf on the corpus and edge cases.
 */
export function indexStream(text: string): IndexStream {
  const folded = fold(text)
  const length = folded.length
  // Each unit is written at most twice (a CJK character in two bigrams), plus a space per token.
  if (streamBuffer.length < length * 3 + 2) streamBuffer = new Uint16Array(length * 3 + 2)
  if (charsBuffer.length < length * 2 + 2) charsBuffer = new Uint16Array(length * 2 + 2)
  if (++call === 0xffffffff) {
    seenIn.fill(0)
    call = 1
  }
  const out = streamBuffer
  const charsOut = charsBuffer
  let n = 0
  let c = 0
  let astral: Set<number> | null = null // characters beyond the BMP, rare
  const emit = (from: number, to: number) => {
    if (n) out[n++] = 32
    for (let k = from; k < to; k++) out[n++] = folded.charCodeAt(k)
  }
  let runStart = -1 // where the current CJK run's previous character starts
  let wordStart = -1
  let wordKind: SegmentKind | null = null
  for (let i = 0; i < length;) {
    const point = folded.codePointAt(i)!
    const width = point > 0xffff ? 2 : 1
    const kind = kindOfPoint(point)
    if (kind === 'cjk') {
      if (wordStart >= 0) {
        emit(wordStart, i)
        wordStart = -1
        wordKind = null
      }
      if (runStart >= 0) emit(runStart, i + width)
      runStart = i
      if (width === 1) {
        if (seenIn[point] !== call) {
          seenIn[point] = call
          if (c) charsOut[c++] = 32
          charsOut[c++] = point
        }
      } else if (!astral?.has(point)) {
        ;(astral ??= new Set()).add(point)
        if (c) charsOut[c++] = 32
        charsOut[c++] = folded.charCodeAt(i)
        charsOut[c++] = folded.charCodeAt(i + 1)
      }
    } else {
      if (runStart >= 0) {
        emit(runStart, i)
        runStart = -1
      }
      const continues =
        kind !== null &&
        wordStart >= 0 &&
        (kind === wordKind ||
          (wordKind === 'alpha' && point >= 0x80 && MARK.test(String.fromCodePoint(point))))
      if (!continues) {
        if (wordStart >= 0) emit(wordStart, i)
        wordStart = kind ? i : -1
        wordKind = kind
      }
    }
    i += width
  }
  if (runStart >= 0) emit(runStart, length)
  if (wordStart >= 0) emit(wordStart, length)
  return { stream: utf16(out, n), chars: utf16(charsOut, c) }
}

/**
 * The distinct tokens of a text plus every single CJK character in it: what an engine without
 * positions (the portable one) stores, to find candidates that a final check then confirms.
 */
export function indexTerms(text: string): string[] {
  const set = new Set<string>()
  for (const s of segments(text)) {
    if (s.kind === 'cjk') {
      for (const b of bigrams(s.text)) set.add(b)
      for (const c of chars(s.text)) set.add(c)
    } else set.add(s.text)
  }
  return [...set]
}

export interface QueryTerm {
  /** The term as typed (without the quotes or the leading minus). */
  raw: string
  segments: Segment[]
  /** The phrase to find: consecutive tokens of the index stream. */
  tokens: string[]
  /** The last token is a prefix (one CJK character that may begin a bigram). */
  prefix: boolean
}

export interface ParsedQuery {
  /** Every one must match (AND). */
  all: QueryTerm[]
  /** None may match. */
  none: QueryTerm[]
}

/** The phrase of one query term (see the header for why each part looks as it does). */
export function termOf(raw: string): QueryTerm | null {
  const segs = segments(raw)
  if (!segs.length) return null
  const tokens: string[] = []
  let prefix = false
  segs.forEach((s, i) => {
    const last = i === segs.length - 1
    if (s.kind !== 'cjk') return void tokens.push(s.text)
    const c = chars(s.text)
    if (last) {
      // Must begin a run (or, alone, occur anywhere): its bigrams, or one character as a prefix.
      if (c.length === 1) {
        tokens.push(c[0]!)
        prefix = true
      } else tokens.push(...bigrams(s.text))
    } else {
      // Ends a run (first) or is a whole run (middle): bigrams and the end mark.
      tokens.push(...bigrams(s.text), c.at(-1)!)
    }
  })
  return { raw, segments: segs, tokens, prefix }
}

/**
 * Words are ANDed, "quoted phrases" are one term, -word excludes. A term without any letter,
 * digit or CJK character is dropped. Duplicate terms count once.
 */
export function parseSearchQuery(q: string): ParsedQuery {
  const all: QueryTerm[] = []
  const none: QueryTerm[] = []
  const seen = new Set<string>()
  // Quotes may be typed full-width; folding turns “ ” into nothing, so look for them first.
  const normalised = q.replace(/[“”＂]/g, '"')
  const re = /(-?)"([^"]*)"?|(\S+)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(normalised))) {
    let negative = m[1] === '-'
    let raw = m[2] ?? m[3] ?? ''
    if (m[3] !== undefined && raw.startsWith('-')) {
      negative = true
      raw = raw.slice(1)
    }
    const term = termOf(raw)
    if (!term) continue
    const key = `${negative ? '-' : '+'}${term.tokens.join(' ')}${term.prefix ? '*' : ''}`
    if (seen.has(key)) continue
    seen.add(key)
    ;(negative ? none : all).push(term)
  }
  return { all, none }
}

const ESCAPE = /[.*+?^${}()|[\]\\/]/g
const escapeRe = (s: string) => s.replace(ESCAPE, '\\$&')
const C =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3005\\u3006]'
const CLASS: Record<SegmentKind, string> = {
  cjk: C,
  alpha: `[[\\p{L}\\p{M}]--${C}]`,
  digit: `[\\p{N}--${C}]`,
}
const SEP = '[^\\p{L}\\p{M}\\p{N}]'

/**
 * A regular expression that finds the term's occurrences in folded text, by the rule the index
 * follows: words and numbers whole; a CJK part anywhere in a run when it is the whole term,
 * otherwise the first part ends a run, middle parts are whole runs and the last part begins one;
 * separators optional between segments of different kinds, required between two of one kind.
 * The portable engine's final check, the highlighter and the tests use it.
 */
export function termPattern(term: QueryTerm): RegExp {
  const segs = term.segments
  let source = ''
  segs.forEach((s, i) => {
    const k = CLASS[s.kind]
    const first = i === 0
    const last = i === segs.length - 1
    if (!first) source += segs[i - 1]!.kind === s.kind ? `${SEP}+` : `${SEP}*`
    if (!first || s.kind !== 'cjk') source += `(?<!${k})`
    source += escapeRe(s.text)
    if (!last || s.kind !== 'cjk') source += `(?!${k})`
  })
  return new RegExp(source, 'gv')
}
