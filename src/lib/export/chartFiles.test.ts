// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { areaChartFile, sectorChartFile } from './chartFiles.ts';
import { exportActions } from './loadExportActions.ts';

describe('the charts’ file builders', () => {
  it('come with the export code loaded at the first download (not with the charts at start)', async () => {
    const actions = await exportActions.load();
    expect(actions.sectorChartFile).toBe(sectorChartFile);
    expect(actions.areaChartFile).toBe(areaChartFile);
  });
});
