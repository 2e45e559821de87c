import { describe, expect, it } from 'vitest';
import { Gazetteer, normaliseName, type EtalabCommune, type GeoNamesCity } from './gazetteer.ts';
import { loadGazetteer } from './io.ts';
import { CommuneGazetteer, formatCommunes } from '../../src/lib/data/communes.ts';

describe('normaliseName', () => {
  it.each([
    ['Nîmes', 'nimes'],
    ['Saint-Étienne', 'saint etienne'],
    ['St-Étienne', 'saint etienne'],
    ['Ste-Maxime', 'sainte maxime'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Œuilly', 'oeuilly'],
    ['  Fécamp ', 'fecamp'],
  ])('%s → %s', (name, expected) => expect(normaliseName(name)).toBe(expected));
});

describe('Gazetteer (table)', () => {
  const etalab: EtalabCommune[] = [
    { code: '30189', nom: 'Nîmes', type: 'commune-actuelle', departement: '30', region: '76' },
    {
      code: '50129',
      nom: 'Cherbourg-en-Cotentin',
      type: 'commune-actuelle',
      departement: '50',
      region: '28',
    },
    {
      code: '50173',
      nom: 'Équeurdreville-Hainneville',
      type: 'commune-deleguee',
      departement: '50',
      region: '28',
    },
    { code: '97411', nom: 'Saint-Denis', type: 'commune-actuelle', departement: '974', region: '04' },
    { code: '93066', nom: 'Saint-Denis', type: 'commune-actuelle', departement: '93', region: '11' },
  ];
  const geonames: GeoNamesCity[] = [
    { name: 'Nimes', lat: '43.83665', lng: '4.35788', country: 'FR', admin1: '76', admin2: '30' },
    { name: 'Cherbourg', lat: '49.63984', lng: '-1.61636', country: 'FR', admin1: '28', admin2: '50' },
    { name: 'Saint-Denis', lat: '-20.88231', lng: '55.4504', country: 'RE', admin1: 'RE', admin2: '974' },
    { name: 'Saint-Denis', lat: '48.93564', lng: '2.35387', country: 'FR', admin1: '11', admin2: '93' },
    { name: 'Nîmes', lat: '0', lng: '0', country: 'BE', admin1: 'x', admin2: '30' },
  ];
  const g = Gazetteer.fromPackages(etalab, geonames);

  it.each([
    ['30189', { lon: 4.35788, lat: 43.83665, via: 'geonames' }],
    ['50129', { lon: -1.61636, lat: 49.63984, via: 'alias' }],
    ['97411', { lon: 55.4504, lat: -20.88231, via: 'geonames' }],
    ['93066', { lon: 2.35387, lat: 48.93564, via: 'geonames' }],
  ])('geocodes %s joining on name + département', (code, expected) => {
    expect(g.coordinates(g.commune(code)!)).toEqual(expected);
  });

  it('survives its cached index form unchanged', () => {
    const copy = Gazetteer.fromIndex(JSON.parse(JSON.stringify(g.toIndex())));
    expect(copy.toIndex()).toEqual(g.toIndex());
    expect(copy.coordinates(copy.commune('50129')!)).toEqual(g.coordinates(g.commune('50129')!));
  });

  it('ignores delegated communes and unknown codes', () => {
    expect(g.commune('50173')).toBeUndefined();
    expect(g.commune('99999')).toBeUndefined();
  });
});

describe('Gazetteer (real packages)', () => {
  const g = loadGazetteer();
  it.each([
    ['01283', 'Oyonnax', '01', '84'],
    ['76259', 'Fécamp', '76', '28'],
    ['2A004', 'Ajaccio', '2A', '94'],
    ['97209', 'Fort-de-France', '972', '02'],
    ['97611', 'Mamoudzou', '976', '06'],
  ])('%s is %s in %s / région %s, with coordinates', (code, name, dep, region) => {
    const c = g.commune(code)!;
    expect([c.name, c.departement, c.region]).toEqual([name, dep, region]);
    expect(g.coordinates(c)).toBeDefined();
  });

  it('geocodes the prefecture of every département', () => {
    const missing = ['01053', '13055', '33063', '59350', '67482', '69123', '97302', '97105'].filter(
      (code) => !g.coordinates(g.commune(code)!),
    );
    expect(missing).toEqual([]);
  });
});

describe('the compact gazetteer the app loads (src/lib/data/communes.ts)', () => {
  const gazetteer = loadGazetteer();
  const text = formatCommunes(gazetteer.entries());
  const compact = CommuneGazetteer.fromText(text);

  it('holds every commune of the build’s gazetteer', () => {
    expect(compact.size).toBe(gazetteer.entries().length);
    expect(compact.size).toBeGreaterThan(34000);
  });

  it('answers every lookup as the build does: same commune, same position at the dataset’s precision', () => {
    const round5 = (n: number) => Math.round(n * 1e5) / 1e5 || 0;
    let positions = 0;
    for (const entry of gazetteer.entries()) {
      expect(compact.commune(entry.code)).toEqual({
        code: entry.code,
        name: entry.name,
        departement: entry.departement,
        region: entry.region,
      });
      const built = gazetteer.coordinates(entry);
      const loaded = compact.coordinates(entry);
      if (built) positions++;
      expect(loaded).toEqual(built ? { lon: round5(built.lon), lat: round5(built.lat) } : undefined);
    }
    expect(positions).toBeGreaterThan(8000); // GeoNames holds the larger communes: 8 257 of 34 900
  });

  it('gives the académie of a commune from its département (Nîmes: Montpellier; Cherbourg: Normandie)', () => {
    expect(compact.academie(compact.commune('30189')!)).toBe('montpellier');
    expect(compact.academie(compact.commune('50129')!)).toBe('normandie');
  });
});
