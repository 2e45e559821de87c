import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Geography, type SourceFiles } from './build.ts';
import { loadGeography } from './io.ts';
import { COAST_TOLERANCE_KM } from '../../src/lib/ingest/validate.ts';
import type { CampusCollection } from '../../src/lib/model/types.ts';
import { buildSearchIndex, searchIds } from '../../src/lib/query/searchIndex.ts';

const FIXTURE = 'scripts/fixtures/basic';
const read = (name: string) => readFileSync(join(FIXTURE, name), 'utf8');
const enc = (text: string) => new TextEncoder().encode(text);
const fixture = (): Record<keyof SourceFiles, string> => ({
  campus: read('campus.csv'),
  practices: read('practices.csv'),
  sectors: read('sectors.csv'),
  resolutions: read('resolutions.csv'),
});
const toSources = (texts: Record<keyof SourceFiles, string>): SourceFiles => ({
  campus: enc(texts.campus),
  practices: enc(texts.practices),
  sectors: enc(texts.sectors),
  resolutions: enc(texts.resolutions),
});

let geo: Geography;
beforeAll(() => {
  geo = loadGeography('data/france.topo.json');
});

describe('buildDataset on the fixture', () => {
  it('matches the golden snapshot', async () => {
    const result = buildDataset(toSources(fixture()), geo);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const name of ['campus.geojson', 'practices.json', 'sectors.json', 'build-report.json']) {
      await expect(result.files[name]).toMatchFileSnapshot(`../fixtures/basic/expected/${name}`);
    }
  });

  it('applies the reviewed resolution and keeps the DROM Campus in its inset with its true position', () => {
    const result = buildDataset(toSources(fixture()), geo);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const campus = JSON.parse(result.files['campus.geojson']!) as CampusCollection;
    expect(campus.features.map((f) => f.id)).toEqual([
      'energies-cherbourg',
      'felletin',
      'habitat-nimes',
      'plasturgie-oyonnax',
      'tourisme-reunion',
      'yzeure',
    ]);
    const nimes = campus.features.find((f) => f.id === 'habitat-nimes')!.properties;
    expect([nimes.region, nimes.academie]).toEqual(['76', 'montpellier']);
    expect(result.report.resolutions).toEqual([
      {
        record: 'habitat-nimes',
        field: 'region',
        declared: '93',
        resolved: '76',
        reason: 'Nîmes est dans le Gard (Occitanie)',
      },
    ]);
    const reunion = campus.features.find((f) => f.id === 'tourisme-reunion')!;
    expect(reunion.properties.inset).toBe(true);
    expect(reunion.properties.true_lat).toBeCloseTo(-20.88, 1);
    // The inset lies near mainland France, far from the true position in the Indian Ocean.
    expect(reunion.geometry.coordinates[1]).toBeGreaterThan(35);
    const cherbourg = campus.features.find((f) => f.id === 'energies-cherbourg')!.properties;
    expect([cherbourg.academie, cherbourg.academie_2020, cherbourg.practices]).toEqual([
      'caen',
      'normandie',
      ['p02'],
    ]);
    // The English note goes with its record; a record without one has '' (the card then falls back).
    expect([cherbourg.note, cherbourg.note_en]).toEqual([
      'Fixture: alias GeoNames',
      'Fixture: GeoNames alias',
    ]);
    expect(reunion.properties.note_en).toBe('');
  });

  it('carries the since facts with their pages, and lists them in the report with the outside facts', () => {
    const result = buildDataset(toSources(fixture()), geo);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const campus = JSON.parse(result.files['campus.geojson']!) as CampusCollection;
    const since = (id: string) => campus.features.find((f) => f.id === id)!.properties.since;
    // Each fact gets the since= page of its rank: the same page twice for Felletin's two.
    expect(since('felletin')).toEqual([
      { kind: 'label_renewed', date: '2021-07-27', text: '', url: 'https://example.org/patrimoine' },
      {
        kind: 'merged_into',
        date: '2023',
        text: 'Campus régional du patrimoine bâti',
        url: 'https://example.org/patrimoine',
      },
    ]);
    expect(since('yzeure')).toEqual([]);
    expect(result.report.outside_facts.filter((f) => f.fact === 'since')).toEqual([
      {
        record: 'energies-cherbourg',
        fact: 'since',
        kind: 'merger_planned',
        date: '2020',
        value: "Campus d'excellence international normand des énergies (CEINE)",
        basis: 'source',
        url: 'https://example.org/ceine',
      },
      {
        record: 'felletin',
        fact: 'since',
        kind: 'label_renewed',
        date: '2021-07-27',
        value: '',
        basis: 'source',
        url: 'https://example.org/patrimoine',
      },
      {
        record: 'felletin',
        fact: 'since',
        kind: 'merged_into',
        date: '2023',
        value: 'Campus régional du patrimoine bâti',
        basis: 'source',
        url: 'https://example.org/patrimoine',
      },
    ]);
    // The later name finds the Campus.
    const index = buildSearchIndex(campus.features, []);
    expect(searchIds(index.campus, 'CEINE')).toEqual(['energies-cherbourg']);
    expect(searchIds(index.campus, 'patrimoine bâti')).toEqual(['felletin']);
  });

  it('says why each Campus is in its group and which facts come from elsewhere than the livret', () => {
    const result = buildDataset(toSources(fixture()), geo);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const campus = JSON.parse(result.files['campus.geojson']!) as CampusCollection;
    const props = new Map(campus.features.map((f) => [f.id, f.properties]));
    expect([...props.values()].map((p) => [p.id, p.sector_basis])).toEqual([
      ['energies-cherbourg', 'name'],
      ['felletin', 'source'],
      ['habitat-nimes', 'name'],
      ['plasturgie-oyonnax', 'name'],
      ['tourisme-reunion', 'name'],
      ['yzeure', 'livret-text'],
    ]);
    expect(props.get('plasturgie-oyonnax')!.aliases).toEqual(["Campus plasturgie d'Oyonnax"]);
    expect(props.get('plasturgie-oyonnax')!.sources).toEqual([
      { fact: 'lead', url: 'https://example.org/arbez-carme' },
    ]);
    // A guessed sector and a position at the académie's seat are warned about, naming the record.
    expect(result.report.warnings.filter((w) => w.startsWith('yzeure:'))).toHaveLength(1);
    expect(result.report.warnings.filter((w) => w.startsWith('tourisme-reunion:'))).toHaveLength(1);
    expect(result.report.outside_facts.map((f) => `${f.record} ${f.fact} ${f.basis}`)).toEqual([
      'energies-cherbourg since source',
      'felletin since source',
      'felletin since source',
      'felletin sector source',
      'felletin alias source',
      'plasturgie-oyonnax lead source',
      'tourisme-reunion position academie-seat',
      'yzeure sector livret-text',
    ]);
    const practices = JSON.parse(result.files['practices.json']!) as { id: string; academie: string }[];
    expect(practices.find((p) => p.id === 'p02')!.academie).toBe('lyon|caen');
  });

  it('is deterministic', () => {
    const a = buildDataset(toSources(fixture()), geo);
    const b = buildDataset(toSources(fixture()), geo);
    expect(a).toEqual(b);
  });

  it('keeps hostile text verbatim (escaping is the renderer’s job) and accepts ; + BOM + CRLF', () => {
    const texts = fixture();
    const hostile = '<img src=x onerror=alert(1)> مرحبا 🚀';
    texts.campus =
      '\uFEFF' + texts.campus.replace("Plasticampus d'Oyonnax", `"${hostile} plasturgie"`).replace(/,/g, ',');
    const semicolon = texts.practices
      .split('\n')
      .map((l) => l.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';'))
      .join('\r\n');
    const result = buildDataset(toSources({ ...texts, practices: semicolon }), geo);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.files['campus.geojson']).toContain(JSON.stringify(hostile).slice(1, -1));
    expect(JSON.parse(result.files['practices.json']!)).toHaveLength(3);
  });
});

describe('the README example', () => {
  it('builds as documented (semicolons, a région’s own record)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = buildDataset(
      toSources({
        ...fixture(),
        campus: example!,
        practices: 'id,title,chapter,level,campus,academie,region,summary,source\n',
        resolutions: '',
      }),
      geo,
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const campus = JSON.parse(result.files['campus.geojson']!) as CampusCollection;
    expect(campus.features.map((f) => [f.id, f.properties.town, f.properties.departement])).toEqual([
      ['aeronautique-bordeaux', 'Mérignac', '33'],
    ]);
  });
});

describe('geocoding against the committed geography', () => {
  it('places every commune the gazetteer knows within tolerance of its own département', () => {
    const far = geo.gazetteer.geocodableCommunes().filter((c) => {
      const p = geo.gazetteer.coordinates(c)!;
      return (geo.shapes.distanceOutsideKm(c.departement, p.lon, p.lat) ?? Infinity) > COAST_TOLERANCE_KM;
    });
    expect(far.map((c) => c.code)).toEqual([]);
  });
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
