import { describe, expect, it } from 'vitest';
import { ArticleTextError, decodeArticle } from '../../../src/ingest/clean/articleText.ts';
import { parseArticle } from '../../../src/ingest/parse/parseArticle.ts';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);

describe('reading an article file', () => {
  it('reads UTF-8 text, dropping a byte-order mark', () => {
    expect(decodeArticle(bytes('\uFEFFCafé Managers vs Bar Staff\n\nThe café manager runs the café.'))).toBe(
      'Café Managers vs Bar Staff\n\nThe café manager runs the café.',
    );
  });

  it('refuses Latin-1 bytes read as UTF-8, naming the byte and the way out', () => {
    const latin1 = bytes('Café Managers vs Bar Staff\n', 'latin1');
    expect(() => decodeArticle(latin1)).toThrow(ArticleTextError);
    expect(() => decodeArticle(latin1)).toThrow(
      'the file is not utf-8 text (byte 0xE9 at offset 3): save it as UTF-8, or give its encoding with --encoding',
    );
    expect(decodeArticle(latin1, 'latin1')).toBe('Café Managers vs Bar Staff\n');
  });

  it('refuses binary data: control characters that text does not hold', () => {
    expect(() => decodeArticle(bytes('Title\n\nSome text\u0000\u0001 more'))).toThrow(
      'the file contains the control character U+0000 on line 3: it is not a plain-text article',
    );
  });

  it('refuses an empty file', () => {
    expect(() => decodeArticle(bytes(' \n\n  '))).toThrow('the file is empty');
  });
});

describe('a page without a title line', () => {
  it('takes its opening sentence as the title and keeps every paragraph', () => {
    const raw = [
      'Senior managers run departments and report to executives. They plan budgets and hire staff across several teams every single year.',
      '',
      'Junior managers lead small teams. They assign work and coach new starters.',
    ].join('\n');
    const parsed = parseArticle('no-title', raw);
    expect(parsed.title).toBe('Senior managers run departments and report to executives.');
    expect(parsed.statements.map((s) => s.text)).toEqual(raw.split('\n\n'));
  });
});
