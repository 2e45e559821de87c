/**
 * MapLibre's own texts, in the page's language: the name of the map's canvas (which says how to move it
 * with the keyboard), the zoom buttons, and the hints of an embedded map's cooperative gestures.
 * Without them a French page would have English « Map », « Zoom in » read out by a screen reader.
 */
import type { Translate } from '../i18n/translate.ts';

export function mapLocale(t: Translate): Record<string, string> {
  return {
    'Map.Title': t('map.canvasLabel'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'CooperativeGesturesHandler.WindowsHelpText': t('embed.gesture.windows'),
    'CooperativeGesturesHandler.MacHelpText': t('embed.gesture.mac'),
    'CooperativeGesturesHandler.MobileHelpText': t('embed.gesture.mobile'),
  };
}
