/**
 * What « Exporter » writes as a workbook (campusXlsx.ts) opens again through « Vos données » as the
 * same Campus, in both languages: codes written as text cells and coordinates as numbers come back as
 * written, with no problem, no formula note, and the same ids, sectors, communes, régions, académies,
 * partners, sources and positions as the livret's.
 */
import { describe, expect, it } from 'vitest';
import { campusToXlsx } from './campusXlsx.ts';
import { sniffFile } from '../ingest/fileKind.ts';
import { readOwnList, workbookRequest } from '../ingest/ownList.ts';
import { readWorkbook } from '../ingest/workbook.ts';
import { livretCampus, ownListContext } from '../testing/ownListContext.ts';
import type { CampusFeature } from '../model/types.ts';

const essentials = (features: readonly CampusFeature[]) =>
  features
    .map(({ properties: p }) => ({
      id: p.id,
      name: p.name,
      sector: p.sector,
      status: p.status,
      commune: p.commune,
      region: p.region,
      academie: p.academie,
      lead: p.lead,
      partners: p.partners,
      aliases: p.aliases,
      sources: p.sources,
      position: [p.true_lon, p.true_lat],
      approximate: p.approximate && p.location_basis !== 'academie-seat',
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

describe('the workbook export', () => {
  it.each(['fr', 'en'] as const)(
    'opens again as the same Campus, every code as written (%s)',
    async (lang) => {
      const livret = livretCampus();
      const file = { name: 'campus.xlsx', bytes: campusToXlsx(livret, ownListContext().sectors, lang) };
      const kind = sniffFile(file.bytes);
      if (kind.kind !== 'workbook') throw new Error(kind.kind);
      const result = readOwnList(file, ownListContext(), await readWorkbook(workbookRequest(file, kind)));
      if (!result.ok)
        throw new Error(result.problems.map((p) => `${p.line} ${p.field} ${p.message}`).join('\n'));
      expect(result.list.format).toBe('xlsx');
      expect(result.list.sheets).toEqual(['Campus']);
      expect(result.list.problems).toEqual([]);
      expect(result.list.notes).toEqual([]);
      expect(result.list.campus).toHaveLength(livret.length);
      expect(essentials(result.list.campus)).toEqual(essentials(livret));
    },
  );
});
