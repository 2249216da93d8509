/**
 * The text of an article file, refused with a reason when it is not text: bytes that are not in
 * the given encoding (UTF-8 unless told otherwise), control characters of a binary file.
 */

export const articleEncodings = ['utf-8', 'latin1', 'windows-1252', 'utf-16le'] as const;
export type ArticleEncoding = (typeof articleEncodings)[number];

export class ArticleTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleTextError';
  }
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function decodeArticle(bytes: Uint8Array, encoding: ArticleEncoding = 'utf-8'): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ArticleTextError(
      `the file is not ${encoding} text${bad === null ? '' : ` (byte 0x${bytes[bad]!.toString(16).toUpperCase()} at offset ${bad})`}: ` +
        `save it as UTF-8, or give its encoding with --encoding (${articleEncodings.join(', ')})`,
    );
  }
  // Bidirectional embeddings, overrides and isolates are no text: an override shows the letters
  // after it reversed in every view of the graph (a name spelled one way, shown another).
  text = text.replace(/^\uFEFF/, '').replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
  // Tabs, line ends and form feeds are layout; any other C0 control (or DEL) means binary data.
  const control = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new ArticleTextError(
      `the file contains the control character U+${code} on line ${lineOf(text, control.index)}: it is not a plain-text article`,
    );
  }
  if (text.trim() === '')
    throw new ArticleTextError('the file is empty: an article has a title line, then its text');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number | null {
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length - 1;
  }
  return null;
}
