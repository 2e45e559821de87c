import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { CAMPUS, PRACTICES, SECTORS, makePractice } from '../testing/fixtures.ts';
import { AppState } from './app.svelte.ts';
import { CameraRequests } from './camera.svelte.ts';
import { Explorer } from './explorer.svelte.ts';
import { HoverState } from './hover.svelte.ts';
import { parseUrlState } from './urlState.ts';

const DATA: Dataset = { campus: CAMPUS, practices: PRACTICES, sectors: SECTORS, geography: {} as Geography };

function explorer(search = '') {
  return new Explorer(DATA, new AppState(parseUrlState(search)), new HoverState(), new CameraRequests());
}

describe('Explorer', () => {
  it('shows the Campus that pass the filters, with a summary', () => {
    const e = explorer('?region=28');
    expect(e.shown.map((f) => f.id)).toEqual(['cherbourg', 'rouen']);
    expect(e.summary).toBe('2 Campus · tous les groupes · Normandie');
  });

  it('counts sectors without the sector filter, and areas without the area filter', () => {
    const e = explorer('?sectors=energie&region=28');
    expect(e.shown.map((f) => f.id)).toEqual(['cherbourg']);
    expect(e.sectorCounts.get('services-logistique')).toBe(1);
    expect(e.areaCounts.get('28')).toBe(1);
    expect(e.areaCounts.get('76')).toBe(0);
  });

  it('lists the Campus shown in alphabetical order', () => {
    const e = explorer('?sectors=batiment,services-logistique,tourisme');
    expect(e.shownByName.map((f) => f.id)).toEqual(['nimes', 'rouen', 'reunion']);
    e.app.setFilters({ sectors: [] });
    expect(e.shownByName.map((f) => f.properties.name)).toEqual([
      'Campus des énergies',
      'Campus habitat, énergies renouvelables et éco-construction',
      'Campus logistique',
      'Campus tourisme Réunion',
    ]);
  });

  it('keeps what a sector toggle does not change, so its readers do not run again', () => {
    const e = explorer();
    const { sectorCounts, shown } = e;
    e.app.toggleSector('energie');
    expect(e.shown).not.toBe(shown);
    expect(e.sectorCounts).toBe(sectorCounts);
  });

  it('follows the level for area counts', () => {
    const e = explorer('?level=academie');
    expect(e.areaCounts.get('normandie')).toBe(2);
    expect(e.choropleth.thresholds).toEqual([0, 1, 2]);
  });

  it('highlights the Campus of a hovered sector, of a hovered chart area, or of the chosen practice', () => {
    const e = explorer('?practice=p1');
    expect([...e.highlightedCampus]).toEqual(['nimes']);
    e.hover.sector = 'energie';
    expect([...e.highlightedCampus]).toEqual(['cherbourg']);
    e.hover.sector = null;
    e.hover.setArea({ level: 'region', code: '28' }, 'chart');
    expect([...e.highlightedCampus]).toEqual(['cherbourg', 'rouen']);
    expect(e.highlightedAreas.region).toEqual(['28']);
    // An area under the map pointer lights its bar up but does not dim the map.
    e.hover.setArea({ level: 'region', code: '28' }, 'map');
    expect(e.highlightedAreaCode).toBe('28');
    expect([...e.highlightedCampus]).toEqual(['nimes']);
  });

  it('highlights only the shown Campus of a hovered bar or of the chosen practice, never filtered-out ones', () => {
    // Région 28 holds cherbourg (energie) and rouen (services-logistique); the sector filter hides rouen.
    const bySector = explorer('?sectors=energie');
    bySector.hover.setArea({ level: 'region', code: '28' }, 'chart');
    expect([...bySector.highlightedCampus]).toEqual(['cherbourg']);
    expect(bySector.highlightedAreas.region).toEqual(['28']);
    // The région filter hides nimes (76), the one bâtiment Campus: its bar lights up no Campus.
    const byRegion = explorer('?region=28');
    byRegion.hover.sector = 'batiment';
    expect(byRegion.highlightedSector).toBe('batiment');
    expect(byRegion.highlightedCampus.size).toBe(0);
    byRegion.hover.sector = 'services-logistique';
    expect([...byRegion.highlightedCampus]).toEqual(['rouen']);
    // p1's one Campus (nimes) is filtered out: nothing to light up.
    expect(explorer('?region=28&practice=p1').highlightedCampus.size).toBe(0);
  });

  it('highlights the bars of a hovered Campus', () => {
    const e = explorer();
    e.hover.campus = 'reunion';
    expect(e.highlightedSector).toBe('tourisme');
    expect(e.highlightedAreaCode).toBe('04');
    e.app.level = 'academie';
    expect(e.highlightedAreaCode).toBe('la-reunion');
  });

  it('outlines the areas of an area-level practice', () => {
    const e = explorer('?practice=p4');
    expect(e.highlightedAreas).toEqual({ region: ['28'], academie: [] });
    expect(e.highlightedCampus.size).toBe(0);
  });

  it('outlines every académie of a practice shared by several, beside its Campus', () => {
    const shared = makePractice('p9', {
      campus: ['cherbourg', 'nimes'],
      academie: 'caen|montpellier',
      region: '28|76',
    });
    const e = new Explorer(
      { ...DATA, practices: [...PRACTICES, shared] },
      new AppState(parseUrlState('?practice=p9')),
      new HoverState(),
      new CameraRequests(),
    );
    expect([...e.highlightedCampus].sort()).toEqual(['cherbourg', 'nimes']);
    expect(e.highlightedAreas).toEqual({ region: [], academie: ['normandie', 'montpellier'] });
    // A practice of one Campus in one académie is shown by its Campus alone.
    expect(explorer('?practice=p1').highlightedAreas).toEqual({ region: [], academie: [] });
  });

  it('lists the practices of the selected area: its own and its Campus’', () => {
    expect(explorer('?region=28').areaPractices.map((p) => p.id)).toEqual(['p2', 'p4']);
    expect(explorer('?academie=grenoble').areaPractices.map((p) => p.id)).toEqual(['p3']);
    expect(explorer().areaPractices).toEqual([]);
  });

  it('selecting a Campus or a practice asks the camera to move', () => {
    const e = explorer();
    e.selectCampus('nimes', { focus: true });
    expect(e.app.campus).toBe('nimes');
    expect(e.camera.request?.target).toEqual({ kind: 'campus', id: 'nimes' });
    e.selectPractice('p2');
    expect(e.camera.request?.target).toEqual({ kind: 'practice', id: 'p2' });
    expect(e.camera.request?.seq).toBe(2);
  });

  it('speaks the chosen language', () => {
    const e = explorer('?lang=en&sectors=tourisme');
    expect(e.sectorLabel('tourisme')).toBe('Tourism, well-being, gastronomy');
    expect(e.summary).toBe('1 Campus · Tourism, well-being, gastronomy');
  });

  it('while presenting, shows every Campus and lights up the step, whatever the filters', () => {
    const e = explorer('?sectors=tourisme&present=practices&step=2');
    expect(e.shown).toHaveLength(CAMPUS.length);
    expect([...e.highlightedCampus]).toEqual(['cherbourg']);
    e.presentation.goTo(3); // p4, a région practice: its région is outlined
    expect(e.highlightedAreas).toEqual({ region: ['28'], academie: [] });
    expect(e.shownByName).toHaveLength(CAMPUS.length);
    e.presentation.exit();
    expect(e.shown.map((f) => f.id)).toEqual(['reunion']);
    expect(e.highlightedCampus.size).toBe(0);
  });
});
