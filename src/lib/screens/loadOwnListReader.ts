/**
 * The reader of a person's own list (ingest/openOwnList.ts: the CSV and GeoJSON readers, the checks,
 * the commune gazetteer's loader) is a chunk of its own (see state/onDemand.svelte.ts), loaded with the
 * first list opened (« Vos données », a kept list, an embed's `data=`): most visits open none.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const ownListReader = new OnDemand(() => import('../ingest/openOwnList.ts'));
