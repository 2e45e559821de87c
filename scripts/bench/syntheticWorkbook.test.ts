import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read, utils } from '@e965/xlsx';
import { ownListXlsx } from './syntheticWorkbook.ts';

describe('ownListXlsx', () => {
  it('writes the synthetic list as one deflated sheet, the codes as text', () => {
    const communes = readFileSync('public/data/communes.tsv', 'utf8');
    const bytes = ownListXlsx(communes, [{ id: 'numerique', label_fr: 'Numérique, télécommunications' }], 12);
    const book = read(bytes, { type: 'buffer' });
    const rows = utils.sheet_to_json<string[]>(book.Sheets['Campus']!, { header: 1, raw: true });
    expect(rows[0]).toEqual(['Nom', 'Secteur', 'Code INSEE', 'Établissement support', 'Partenaires']);
    expect(rows).toHaveLength(13);
    expect(rows.slice(1).every((r) => typeof r[2] === 'string' && /^(\d{5}|2[AB]\d{3})$/.test(r[2]))).toBe(
      true,
    );
  });
});
