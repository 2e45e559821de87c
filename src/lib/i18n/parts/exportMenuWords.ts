/**
 * The entries of « Exporter »'s menu and its « busy » line: only the menu's chunk
 * (export/ExportMenuList.svelte) imports this file. The button, the outcome lines (shared with the
 * presentation's deck button and « Vos données ») and the deck's progress stay in fr.ts and en.ts.
 * See ../partWords.ts.
 */
import { addPartWords, type PartWords } from '../partWords.ts';

const fr = {
  'export.png': 'Carte en image, à la forme de la carte (PNG)',
  'export.slide': 'Carte pour diapositive, 16:9 (PNG 1920 × 1080)',
  'export.csv': 'Campus affichés, tableur (CSV)',
  'export.xlsx': 'Campus affichés, classeur Excel (.xlsx)',
  'export.geojson': 'Campus affichés, SIG (GeoJSON)',
  'export.deckPractices': 'Diaporama : visite des bonnes pratiques (.pptx)',
  'export.deckRegions': 'Diaporama : visite des régions (.pptx)',
  'export.print': 'Imprimer…',
  'export.busy': 'Préparation de l’image de la carte…',
};

export type ExportMenuWordKey = keyof typeof fr;

export const exportMenuWords: PartWords<ExportMenuWordKey> = {
  fr,
  en: {
    'export.png': 'Map as an image, in the map’s shape (PNG)',
    'export.slide': 'Map for a slide, 16:9 (PNG 1920 × 1080)',
    'export.csv': 'Campus shown, spreadsheet (CSV)',
    'export.xlsx': 'Campus shown, Excel workbook (.xlsx)',
    'export.geojson': 'Campus shown, GIS (GeoJSON)',
    'export.deckPractices': 'Slide deck: good practices tour (.pptx)',
    'export.deckRegions': 'Slide deck: régions tour (.pptx)',
    'export.print': 'Print…',
    'export.busy': 'Preparing the map image…',
  },
};

addPartWords(exportMenuWords);
