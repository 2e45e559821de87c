import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Geography } from './build.ts';
import { fixture, toSources } from './buildFixture.ts';
import { loadGeography } from './io.ts';
import { COAST_TOLERANCE_KM } from '../../src/lib/ingest/validate.ts';
import type { CampusCollection } from '../../src/lib/model/types.ts';
import { buildSearchIndex, searchIds } from '../../src/lib/query/searchIndex.ts';

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
