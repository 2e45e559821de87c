import { describe, expect, it } from 'vitest';
import { nameSupportsSector, sectorStemsInName } from './sectorSupport.ts';

describe('nameSupportsSector', () => {
  it.each([
    ['Campus aéronautique Nouvelle-Aquitaine', 'mobilite'],
    ['Campus des métiers de la mer de la région Bretagne', 'mobilite'],
    ['PlastiCampus d’Oyonnax', 'materiaux'],
    ['Campus design et habitat Auvergne-Rhône-Alpes', 'batiment'],
    ['Campus design et habitat Auvergne-Rhône-Alpes', 'creation-design'],
    ['Campus lumière intelligente et solutions d’éclairage durables', 'energie'],
    ['Campus de la relation client en Provence-Alpes-Côte d’Azur', 'services-logistique'],
    ['CAMPUS INDUSTRIE DES ÉNERGIES', 'energie'],
    ['Campus mécanique connectée de Passy', 'systemes-innovants'],
    ['Campus textile, mode, cuir, design', 'creation-design'],
    ['Campus des métiers de la mer', 'mobilite'],
  ] as const)('« %s » supports %s', (name, sector) => {
    expect(nameSupportsSector(name, sector)).toBe(true);
  });

  it.each([
    ['Campus d’Égletons', 'energie'],
    ['Campus de Felletin', 'batiment'],
    ['Campus d’Yzeure', 'creation-design'],
    // A stem must start a word: « mer » is not found inside « Meriadec » or « commerce ».
    ['Campus Meriadec', 'mobilite'],
    ['Campus moderne', 'creation-design'],
    ['Campus aéronautique', 'energie'],
  ] as const)('« %s » does not support %s', (name, sector) => {
    expect(nameSupportsSector(name, sector)).toBe(false);
  });

  it('reports which stems matched', () => {
    expect(sectorStemsInName('Campus des énergies et de l’efficacité énergétique', 'energie')).toEqual([
      'energ',
    ]);
  });
});
