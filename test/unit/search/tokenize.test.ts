import { describe, expect, it } from 'vitest'

import {
  fold,
  indexTerms,
  indexStream,
  indexTokens,
  parseSearchQuery,
  segments,
  termOf,
  termPattern,
  type QueryTerm,
} from '../../../src/search/tokenize'
import { charsOf } from '../../../src/search/engines/sqlite-fts5'
import { generateCorpus } from '../../../src/search/corpus'
import { parseIds } from '../../../src/search/ids'

describe('fold', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['Café Crème', 'cafe creme'],
    ['ＩＳＯ　９００１', 'iso 9001'],
    ['（２０２４）', '(2024)'],
    ['国办发〔2017〕47号', '国办发〔2017〕47号'],
    ['が', 'が'],
    ['㍿', '株式会社'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected)
  })
})

describe('segments', () => {
  it.each([
    ['行政许可', [['cjk', '行政许可']]],
    [
      '行政，许可',
      [
        ['cjk', '行政'],
        ['cjk', '许可'],
      ],
    ],
    [
      '国办发〔2017〕47号',
      [
        ['cjk', '国办发'],
        ['digit', '2017'],
        ['digit', '47'],
        ['cjk', '号'],
      ],
    ],
    [
      'ISO9001认证',
      [
        ['alpha', 'iso'],
        ['digit', '9001'],
        ['cjk', '认证'],
      ],
    ],
    [
      'Open-Data  API',
      [
        ['alpha', 'open'],
        ['alpha', 'data'],
        ['alpha', 'api'],
      ],
    ],
    ['…！？', []],
  ])('%s', (input, expected) => {
    expect(segments(input).map((s) => [s.kind, s.text])).toEqual(expected)
  })
})

describe('indexTokens: bigrams, then the run’s last character', () => {
  it.each([
    ['服务', ['服务', '务']],
    ['行政许可', ['行政', '政许', '许可', '可']],
    ['号', ['号']],
    ['国办发〔2017〕47号', ['国办', '办发', '发', '2017', '47', '号']],
    ['Hello, 世界 2026', ['hello', '世界', '界', '2026']],
  ])('%s', (input, expected) => {
    expect(indexTokens(input)).toEqual(expected)
  })

  it('indexTerms adds every single character, once', () => {
    expect(indexTerms('许可许可证').sort()).toEqual(
      ['许可', '可许', '可证', '证', '许', '可'].sort(),
    )
  })
})

describe('query terms', () => {
  it.each([
    ['许可', ['许可'], false],
    ['许', ['许'], true],
    ['行政许可', ['行政', '政许', '许可'], false],
    ['国办发[2017]47号', ['国办', '办发', '发', '2017', '47', '号'], true],
    ['47号文', ['47', '号文'], false],
    ['号47', ['号', '47'], false],
    ['ISO9001认证', ['iso', '9001', '认证'], false],
  ])('%s', (raw, tokens, prefix) => {
    const term = termOf(raw)!
    expect(term.tokens).toEqual(tokens)
    expect(term.prefix).toBe(prefix)
  })

  it.each([
    ['行政 许可', ['行政', '许可'], []],
    ['"open data" -draft', ['open data'], ['draft']],
    ['“行政 许可” -"暂行 办法"', ['行政 许可'], ['暂行 办法']],
    ['许可 许可  ！！', ['许可'], []],
    ['- -- "" 。', [], []],
    ['-许可', [], ['许可']],
    ['"unterminated phrase', ['unterminated phrase'], []],
  ])('parse %s', (q, all, none) => {
    const parsed = parseSearchQuery(q)
    expect(parsed.all.map((t) => t.raw)).toEqual(all)
    expect(parsed.none.map((t) => t.raw)).toEqual(none)
  })
})

/** Phrase search over a token stream, as FTS5 and tsquery `<->` do it (the last token may be a prefix). */
function streamMatches(stream: string[], term: QueryTerm): boolean {
  const t = term.tokens
  outer: for (let i = 0; i + t.length <= stream.length; i++) {
    for (let j = 0; j < t.length; j++) {
      const token = stream[i + j]!
      const isPrefix = term.prefix && j === t.length - 1
      if (isPrefix ? !token.startsWith(t[j]!) : token !== t[j]) continue outer
    }
    return true
  }
  return false
}

const patternMatches = (text: string, term: QueryTerm) => {
  const re = termPattern(term)
  re.lastIndex = 0
  return re.test(fold(text))
}

describe('the index and the pattern agree', () => {
  it.each([
    ['行政许可法', '行政许可', true],
    ['行政，许可', '行政许可', false],
    ['行政。政许', '行政许', false],
    ['许可证实行', '许可证', true],
    ['国办发〔2017〕47号文件', '国办发(2017)47号', true],
    ['国办发〔2017〕147号', '国办发[2017]47号', false],
    ['某国办发[2017]47号', '国办发〔2017〕47号', true],
    ['ISO 9001 认证', 'iso9001认证', true],
    ['isolation', 'iso', false],
    ['服务', '服', true],
    ['提供服务', '务', true],
    ['47号文', '47号', true],
    ['7号', '47号', false],
  ])('%s contains %s: %s', (text, q, expected) => {
    const term = termOf(q)!
    expect(patternMatches(text, term)).toBe(expected)
    expect(streamMatches(indexTokens(text), term)).toBe(expected)
  })

  it('on 20,000 generated texts and terms (a property test)', () => {
    // Small alphabets so that terms often occur, with separators, digits and Latin letters mixed in.
    let seed = 42
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
    const pieces = [
      '行',
      '政',
      '许',
      '可',
      '证',
      '号',
      '发',
      '7',
      '47',
      '2017',
      'a',
      'ab',
      'Ab',
      '，',
      ' ',
      '〔',
      '〕',
      '-',
    ]
    const make = (n: number) => Array.from({ length: n }, () => pick(pieces)).join('')
    let agreed = 0
    let matched = 0
    for (let i = 0; i < 20_000; i++) {
      const text = make(4 + Math.floor(rand() * 12))
      const term = termOf(make(1 + Math.floor(rand() * 4)))
      if (!term) continue
      const byPattern = patternMatches(text, term)
      const byStream = streamMatches(indexTokens(text), term)
      if (byPattern !== byStream)
        throw new Error(`disagree on text ${JSON.stringify(text)} term ${JSON.stringify(term.raw)}`)
      agreed++
      if (byPattern) matched++
    }
    expect(agreed).toBeGreaterThan(15_000)
    expect(matched).toBeGreaterThan(1_000)
  }, 120_000) // many cases, not a speed check: on a loaded machine it takes tens of seconds

  it('a pure CJK term matches exactly where the folded text contains it', () => {
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const alphabet = Array.from('行政许可证号发文件办')
    const punct = ['', '', '', '，', '。', ' ']
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from(
        { length: 20 },
        () =>
          alphabet[Math.floor(rand() * alphabet.length)]! +
          punct[Math.floor(rand() * punct.length)]!,
      ).join('')
      const q = Array.from(
        { length: 1 + Math.floor(rand() * 4) },
        () => alphabet[Math.floor(rand() * alphabet.length)]!,
      ).join('')
      const term = termOf(q)!
      expect(streamMatches(indexTokens(text), term), `${text} / ${q}`).toBe(text.includes(q))
    }
  })
})

describe('indexStream: the SQLite engine’s streams and character lists in one pass', () => {
  const reference = (text: string) => ({
    stream: indexTokens(text).join(' '),
    chars: charsOf(text),
  })
  it.each([
    '国办发〔2017〕47号',
    '行政许可许可证',
    'Hello, 世界 2026 ひらがな 한국어 々',
    '号',
    'ＡＢＣ１２３ 全角',
    '',
    '，。、！ ',
    '𠮷野家的𠀀𠀁，㐀㐁㐂 行𠀂政𠮷',
    'ひらがな漢字カタカナ',
    'Café Crème 咖啡 naïve',
    'e\u0301t\u00e9 9\u0301 ISO9001认证',
    '第3条第二款 2024年12月31日',
    '一',
    '一二',
    'ａｂ，ｃｄ１２３４',
  ])('%j equals indexTokens joined and charsOf', (text) => {
    expect(indexStream(text)).toEqual(reference(text))
  })

  it('agrees on 500 corpus documents and a text longer than its first buffer', () => {
    for (const d of generateCorpus({ count: 500, seed: 3 })) {
      expect(indexStream(d.title)).toEqual(reference(d.title))
      expect(indexStream(d.body)).toEqual(reference(d.body))
    }
    const long = '行政许可ABC 123，'.repeat(9000)
    expect(long.length).toBeGreaterThan(1 << 16)
    expect(indexStream(long)).toEqual(reference(long))
    // The reused buffers and seen-marks do not leak from one call into the next.
    expect(indexStream('许可')).toEqual({ stream: '许可 可', chars: '许 可' })
  })
})

describe('the SQL engines’ id lists', () => {
  it.each([
    ['', []],
    [null, []],
    ['7', [7]],
    ['12,7,9', [12, 7, 9]],
    ['0,1000000,42', [0, 1000000, 42]],
    ['2147483648,9007199254740991', [2147483648, 9007199254740991]],
  ])('parseIds(%j)', (list, ids) => {
    expect(Array.from(parseIds(list))).toEqual(ids)
  })
})
