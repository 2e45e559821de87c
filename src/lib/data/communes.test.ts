import { describe, expect, it } from 'vitest';
import { CommuneFileError, CommuneGazetteer, formatCommunes, parseCommunes } from './communes.ts';

const NIMES = {
  code: '30189',
  name: 'Nîmes',
  departement: '30',
  region: '76',
  position: { lon: 4.36005, lat: 43.83665 },
};
const HAMLET = { code: '2A004', name: 'Ajaccio', departement: '2A', region: '94' };

describe('the compact commune file', () => {
  it('writes a header and one sorted line per commune, positions at 5 decimals or empty', () => {
    const text = formatCommunes([NIMES, { ...HAMLET, position: { lon: 8.7386012, lat: 41.9191801 } }]);
    expect(text.split('\n')).toEqual([
      'code\tname\tdepartement\tregion\tlon\tlat',
      '2A004\tAjaccio\t2A\t94\t8.7386\t41.91918',
      '30189\tNîmes\t30\t76\t4.36005\t43.83665',
      '',
    ]);
    expect(formatCommunes([HAMLET]).split('\n')[1]).toBe('2A004\tAjaccio\t2A\t94\t\t');
  });

  it('reads back what it wrote', () => {
    const communes = parseCommunes(formatCommunes([NIMES, HAMLET]));
    expect(communes.get('30189')).toEqual(NIMES);
    expect(communes.get('2A004')).toEqual(HAMLET);
  });

  it('reads a file saved with CRLF line ends', () => {
    expect(parseCommunes(formatCommunes([NIMES]).replace(/\n/g, '\r\n')).get('30189')).toEqual(NIMES);
  });

  it.each([
    ['a wrong header', 'code\tnom\n', 1],
    ['a bad code', 'code\tname\tdepartement\tregion\tlon\tlat\n3018\tNîmes\t30\t76\t\t\n', 2],
    ['a missing cell', 'code\tname\tdepartement\tregion\tlon\tlat\n30189\tNîmes\t30\t76\n', 2],
    ['half a position', 'code\tname\tdepartement\tregion\tlon\tlat\n30189\tNîmes\t30\t76\t4.3\t\n', 2],
    [
      'a position off the globe',
      'code\tname\tdepartement\tregion\tlon\tlat\n30189\tNîmes\t30\t76\t400\t43\n',
      2,
    ],
  ])('refuses %s, naming the line', (_, text, line) => {
    expect(() => parseCommunes(text)).toThrow(CommuneFileError);
    try {
      parseCommunes(text);
    } catch (e) {
      expect((e as CommuneFileError).line).toBe(line);
    }
  });

  it('refuses to write a name holding a tab (it would shift every column after it)', () => {
    expect(() => formatCommunes([{ ...HAMLET, name: 'A\tB' }])).toThrow(/tab/);
  });
});

describe('CommuneGazetteer', () => {
  const gazetteer = CommuneGazetteer.fromText(formatCommunes([NIMES, HAMLET]));
  it('looks a commune up by code, with its position when the file has one', () => {
    const nimes = gazetteer.commune('30189')!;
    expect(nimes).toEqual({ code: '30189', name: 'Nîmes', departement: '30', region: '76' });
    expect(gazetteer.coordinates(nimes)).toEqual({ lon: 4.36005, lat: 43.83665 });
    expect(gazetteer.coordinates(gazetteer.commune('2A004')!)).toBeUndefined();
    expect(gazetteer.commune('99999')).toBeUndefined();
  });

  it('gives the 2020 académie from the département', () => {
    expect(gazetteer.academie(gazetteer.commune('2A004')!)).toBe('corse');
  });
});
