/**
 * Builds Lexical editor state from plain paragraphs: what the seed and importers store as a body.
 * Plain data in, plain JSON out; no editor instance needed.
 */
export type LexicalState = { root: Record<string, unknown> }

export function paragraphsToLexical(paragraphs: string[]): LexicalState {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      })),
    },
  }
}
