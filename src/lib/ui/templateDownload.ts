/**
 * « Télécharger un modèle » in the « Vos données » dialog: the template (ingest/listTemplate.ts) as a
 * CSV, or as a workbook written by SheetJS — which is fetched only then (a dynamic import), so the
 * dialog's chunk does not carry it. Named in the interface's language: campus-modele.xlsx,
 * campus-template.csv. Returns the file name.
 */
import type { Lang, Translate } from '../i18n/translate.ts';
import { templateCsv, templateSheets } from '../ingest/listTemplate.ts';
import type { Sector } from '../model/types.ts';
import { download } from './download.ts';
// This part's own words (not in the start's dictionary): importing them adds them.
import '../i18n/parts/ownListWords.ts';

export type TemplateFormat = 'xlsx' | 'csv';

const TYPES: Record<TemplateFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

export async function downloadTemplate(
  format: TemplateFormat,
  sectors: readonly Sector[],
  lang: Lang,
  t: Translate,
): Promise<string> {
  const file = `campus-${t('ownList.templateFile')}.${format}`;
  const body =
    format === 'csv'
      ? templateCsv(sectors, lang)
      : (await import('../ingest/workbookWriter.ts')).workbookBytes(templateSheets(sectors, lang));
  download(new Blob([body as BlobPart], { type: TYPES[format] }), file);
  return file;
}
