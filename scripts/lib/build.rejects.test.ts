/**
 * What the build refuses, each case with its file:line: field: message and no output: the fixture
 * (buildFixture.ts) with one thing broken.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Geography, type SourceFiles } from './build.ts';
import { fixture, toSources } from './buildFixture.ts';
import { loadGeography } from './io.ts';

let geo: Geography;
beforeAll(() => {
  geo = loadGeography('data/france.topo.json');
});

describe('buildDataset rejects bad input with file:line: field: messages', () => {
  const replaceLine = (text: string, line: number, by: string) => {
    const lines = text.split('\n');
    lines[line - 1] = by;
    return lines.join('\n');
  };
  const campusLine2 = () => fixture().campus.split('\n')[1]!;
  const cases: [string, (t: Record<keyof SourceFiles, string>) => void, string][] = [
    [
      'an unbalanced quote',
      (t) => (t.campus = replaceLine(t.campus, 3, 'x,"broken,materiaux')),
      'the row runs on to line 4: check for an unbalanced quote',
    ],
    [
      'an unbalanced quote at the end',
      (t) => (t.practices += 'p04,"Titre,1,national,,,,Résumé.,ch. 1\n'),
      'practices.csv:5: (row): a quoted cell is never closed',
    ],
    [
      'a wrong column count',
      (t) => (t.campus = replaceLine(t.campus, 2, campusLine2() + ',extra')),
      'campus.csv:2: (row): 20 cells — expected 19',
    ],
    [
      'an English note with no note to translate',
      (t) => (t.campus = t.campus.replace(',Position approximative,', ',,Approximate position')),
      'campus.csv:7: note_en: is filled in but note is empty — note_en translates the note',
    ],
    [
      'an English note over 1000 characters',
      (t) => (t.campus = t.campus.replace('Fixture: GeoNames alias', 'x'.repeat(1001))),
      'campus.csv:3: note_en: is 1001 characters long — at most 1000',
    ],
    [
      'a since fact without a source',
      (t) => (t.campus = t.campus.replace(',since=https://example.org/ceine,', ',,')),
      "campus.csv:3: sources: « merger_planned:2020:Campus d'excellence international normand des énergies (CEINE) » has no source — add one since=https://… in sources per fact of since, in the same order",
    ],
    [
      'a since page without a fact',
      (t) => (t.campus = t.campus.replace(/,merger_planned:2020:[^\n]*/, ',')),
      'campus.csv:3: sources: 1 since= page(s) for 0 fact(s) in since — give one since=https://… per fact',
    ],
    [
      'a since fact read in the livret',
      (t) => (t.campus = t.campus.replace('since=https://example.org/ceine', 'since=livret')),
      'campus.csv:3: sources: since=livret: a fact after the livret cannot come from it',
    ],
    [
      'a since page that is not https',
      (t) =>
        (t.campus = t.campus.replace('since=https://example.org/ceine', 'since=http://example.org/ceine')),
      'campus.csv:3: sources: « http://example.org/ceine » is not a plain https: address',
    ],
    [
      'an unknown since kind',
      (t) => (t.campus = t.campus.replace('merger_planned:2020:', 'fused:2020:')),
      "campus.csv:3: since: « fused:2020:Campus d'excellence international normand des énergies (CEINE) »: unknown kind « fused » — expected one of merged_into, merger_planned",
    ],
    [
      'a since fact with a bad date',
      (t) => (t.campus = t.campus.replace('label_renewed:2021-07-27:', 'label_renewed:2021-02-30:')),
      'campus.csv:5: since: « label_renewed:2021-02-30: »: « 2021-02-30 » is not a calendar date',
    ],
    [
      'a since fact with no date',
      (t) => (t.campus = t.campus.replace('merged_into:2023:', 'merged_into:vers 2023:')),
      'campus.csv:5: since: « merged_into:vers 2023:Campus régional du patrimoine bâti »: « vers 2023 » is not a date — expected a year (2020)',
    ],
    [
      'a since fact dated in the future',
      (t) => (t.campus = t.campus.replace('merged_into:2023:', 'merged_into:2999:')),
      'campus.csv:5: since: « merged_into:2999:Campus régional du patrimoine bâti »: « 2999 » is in the future',
    ],
    [
      'a since fact without its later name',
      (t) =>
        (t.campus = t.campus.replace(
          'merged_into:2023:Campus régional du patrimoine bâti',
          'merged_into:2023:',
        )),
      'campus.csv:5: since: « merged_into:2023: »: merged_into needs its text (the later name or town) after the date',
    ],
    [
      'a missing header',
      (t) => (t.campus = t.campus.split('\n').slice(1).join('\n')),
      'campus.csv:1: (header): missing column(s)',
    ],
    ['an empty file', (t) => (t.practices = ''), 'practices.csv:1: (file): the file is empty'],
    [
      'a duplicate id',
      (t) => (t.campus += campusLine2() + '\n'),
      'campus.csv:8: id: « plasturgie-oyonnax » is already used on line 2',
    ],
    [
      'an unknown sector',
      (t) => (t.campus = t.campus.replace(',materiaux,', ',plastique,')),
      'campus.csv:2: sector: unknown value « plastique » — expected one of agroalimentaire',
    ],
    [
      'an unknown région',
      (t) => (t.campus = t.campus.replace(',lyon,84,', ',lyon,99,')),
      'campus.csv:2: region: unknown value « 99 »',
    ],
    [
      'an unknown académie',
      (t) => (t.campus = t.campus.replace(',lyon,84,', ',lyons,84,')),
      'campus.csv:2: academie: unknown value « lyons »',
    ],
    [
      'an unknown commune code',
      (t) => (t.campus = t.campus.replace(',01283,Oyonnax,', ',01999,Oyonnax,')),
      'campus.csv:2: commune: unknown INSEE commune code « 01999 »',
    ],
    [
      'a malformed commune code',
      (t) => (t.campus = t.campus.replace(',01283,', ',1283,')),
      'campus.csv:2: commune: « 1283 » is not an INSEE commune code',
    ],
    [
      'a commune that is not the town',
      (t) => (t.campus = t.campus.replace(',01283,Oyonnax,', ',01053,Oyonnax,')),
      'campus.csv:2: town: « Oyonnax » but commune 01053 is Bourg-en-Bresse',
    ],
    [
      'a point outside its département',
      (t) =>
        (t.campus = t.campus.replace(
          ',01283,Oyonnax,lyon,84,,,commune,',
          ',01283,Oyonnax,lyon,84,48.85,2.35,coordinates,',
        )),
      'campus.csv:2: lat: the point (2.35, 48.85) lies',
    ],
    [
      'a practice naming a Campus that does not exist',
      (t) => (t.practices = t.practices.replace('habitat-nimes,montpellier', 'habitat-nimez,montpellier')),
      'practices.csv:2: campus: unknown Campus id « habitat-nimez »',
    ],
    [
      'a contradiction with no reviewed resolution',
      (t) => (t.resolutions = 'record,field,declared,resolved,reason\n'),
      "campus.csv:4: region: declared 93 (Provence-Alpes-Côte d'Azur) but commune 30189 (Nîmes) is in 76 (Occitanie)",
    ],
    [
      'a resolution with nothing to resolve',
      (t) => (t.resolutions += 'plasturgie-oyonnax,region,84,76,faux\n'),
      'resolutions.csv:3: record: there is no contradiction on region « 84 »',
    ],
    [
      'a control character',
      (t) => (t.campus = t.campus.replace('Plasticampus', 'Plasti\u0007campus')),
      'campus.csv:2: name: contains a control character',
    ],
    [
      'a sector the name does not give, with no source',
      (t) => (t.campus = t.campus.replace('sector=https://example.org/felletin|', '')),
      'campus.csv:5: sector: « batiment » is not what the name « Campus de Felletin » says — cite the page',
    ],
    [
      'a source that is not an https: address',
      (t) =>
        (t.campus = t.campus.replace('lead=https://example.org/arbez-carme', 'lead=javascript:alert(1)')),
      'campus.csv:2: sources: « javascript:alert(1) » is not a plain https: address',
    ],
    [
      'a plain http: source',
      (t) =>
        (t.campus = t.campus.replace('lead=https://example.org/arbez-carme', 'lead=http://example.org/')),
      'campus.csv:2: sources: « http://example.org/ » is not a plain https: address',
    ],
    [
      'a source naming no fact',
      (t) => (t.campus = t.campus.replace('lead=https://example.org/arbez-carme', 'https://example.org/')),
      'campus.csv:2: sources: « https://example.org/ » does not name a fact',
    ],
    [
      'a sourced town on a Campus placed at the académie seat',
      (t) =>
        (t.campus = t.campus.replace(
          'exemple,,Position approximative',
          'exemple,town=https://example.org/,Position approximative',
        )),
      'campus.csv:7: sources: cites a source for the town of a Campus placed at its académie seat',
    ],
    [
      'a practice whose second académie is in none of its régions',
      (t) => (t.practices = t.practices.replace('lyon|caen,84|28', 'lyon|nice,84|28')),
      "practices.csv:3: region: académie nice (Nice) is in région 93 (Provence-Alpes-Côte d'Azur), not in 84",
    ],
    [
      'a missing sector group',
      (t) =>
        (t.sectors = t.sectors
          .split('\n')
          .filter((l) => !l.startsWith('energie'))
          .join('\n')),
      'sectors.csv:1: id: sector « energie » is missing',
    ],
  ];

  it.each(cases)('%s', (_label, mutate, expected) => {
    const texts = fixture();
    mutate(texts);
    const result = buildDataset(toSources(texts), geo);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toContain(expected);
  });

  it('reports a non-UTF-8 file', () => {
    const sources = toSources(fixture());
    sources.campus = new Uint8Array([...sources.campus.slice(0, 40), 0xe9, ...sources.campus.slice(40)]);
    const result = buildDataset(sources, geo);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^campus\.csv:1: \(file\): the file is not valid UTF-8/);
  });

  it('collects errors from several files at once', () => {
    const texts = fixture();
    texts.campus = texts.campus.replace(',materiaux,', ',plastique,');
    texts.practices = texts.practices.replace(',grenoble,', ',grenobl,');
    const result = buildDataset(toSources(texts), geo);
    if (result.ok) throw new Error('expected failure');
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/^campus\.csv:2: sector/);
    expect(result.errors[1]).toMatch(/^practices\.csv:4: academie/);
  });
});
