// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedDialogBody } from '../embed/loadEmbedDialog.ts';
import { exportActions } from '../export/loadExportActions.ts';
import { exportMenuList } from '../export/loadExportMenuList.ts';
import { captureMapModule } from '../map/loadCaptureMap.ts';
import { printSheet } from '../export/loadPrintSheet.ts';
import { presentationScreen } from '../present/loadPresentation.ts';

// Each on-demand part loads what the app renders or calls once it is there.
describe('the on-demand chunks', () => {
  it.each([
    ['the presentation panel', presentationScreen],
    ['the inside of the embed dialog', embedDialogBody],
    ['the print sheet', printSheet],
    ['the export menu’s entries', exportMenuList],
  ])('%s is a component', async (_name, part) => {
    expect(part.value).toBeUndefined();
    const component = await part.load();
    expect(typeof component).toBe('function');
    expect(part.value).toBe(component);
  });

  it('the exports are the functions the menu and the chart buttons call', async () => {
    const actions = await exportActions.load();
    for (const name of ['exportMapPng', 'exportCampusCsv', 'exportCampusGeojson', 'exportChart'] as const) {
      expect(typeof actions[name]).toBe('function');
    }
  });

  it('the copy of the map for the exports is the function the snapshots call', async () => {
    const module = await captureMapModule.load();
    expect(typeof module.captureMap).toBe('function');
    expect(module.EXPORT_PIXEL_RATIO).toBe(2);
  });
});
