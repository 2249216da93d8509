import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExportClaim } from '../../../src/data/exports.ts';
import { claimsCsv, csvColumns, neutralisedCell } from '../../../src/server/exports/formats.ts';

async function csvOf(claims: ExportClaim[]): Promise<Record<string, string>[]> {
  let text = '';
  for await (const chunk of claimsCsv({
    sources: [],
    statements: async function* () {},
    nodes: async function* () {},
    claims: async function* () {
      for (const each of claims) yield await Promise.resolve(each);
    },
  }))
    text += chunk;
  return parseCsv<Record<string, string>>(text, { columns: true });
}

const claim = (subjectName: string, evidenceText: string): ExportClaim => ({
  key: 'k1',
  type: 'MEMBER_OF',
  subject: { id: 'Role:x', label: 'Role', name: subjectName },
  object: { id: 'Tier:y', label: 'Tier', name: 'Plain tier' },
  source: 'an-article',
  evidence: [{ id: 'Statement:s', text: evidenceText }],
  method: 'EXTRACTED',
  confidence: 0.5,
});

describe('claims.csv against spreadsheet formula injection', () => {
  const formulas = [
    '=HYPERLINK("http://example.invalid","click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
  ];

  it.each(formulas)('writes a cell beginning %j as text, with a leading apostrophe', async (formula) => {
    const [row] = await csvOf([claim(formula, formula)]);
    expect(row?.['subject_name']).toBe(`'${formula}`);
    expect(row?.['evidence_text']).toBe(`'${formula}`);
    expect(row?.['object_name']).toBe('Plain tier');
  });

  it('leaves other text and numbers as they are', async () => {
    const [row] = await csvOf([claim('CFO, finance', 'Says "so" = fine')]);
    expect(row).toMatchObject({
      subject_name: 'CFO, finance',
      evidence_text: 'Says "so" = fine',
      confidence: '0.5',
    });
    expect(Object.keys(row ?? {})).toEqual([...csvColumns]);
    expect(neutralisedCell(-0.5)).toBe('-0.5');
  });
});
