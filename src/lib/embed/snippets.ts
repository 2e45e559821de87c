/**
 * What a région pastes into its site: an iframe (with the auto-resize listener) or the custom element.
 * All values are attribute-escaped, though they only ever come from parsed, validated options.
 */
import { fr } from '../i18n/fr.ts';
import { embedAttributes, embedQuery, type EmbedOptions } from './embedOptions.ts';

/** The message the embed page posts to its parent when its content height changes. */
export const HEIGHT_MESSAGE = 'campus-map:height';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The iframe and its resize listener. `title` names the frame for screen readers: give it in the
 * embed's language (`embed.frameTitle` of `options.state.lang`), as the page inside speaks it; the
 * French one when not given.
 */
export function iframeSnippet(
  options: EmbedOptions,
  appBase: string,
  title: string = fr['embed.frameTitle'],
  height = 560,
): string {
  const src = `${appBase}embed.html${embedQuery(options)}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"`,
    `  style="width:100%;height:${height}px;border:0" loading="lazy" allow="fullscreen"></iframe>`,
    `<script>`,
    `  // Fits the frame to the map's content height (sent by the map with postMessage).`,
    `  addEventListener('message', function (e) {`,
    `    if (!e.data || e.data.type !== '${HEIGHT_MESSAGE}') return;`,
    `    document.querySelectorAll('iframe').forEach(function (f) {`,
    `      if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';`,
    `    });`,
    `  });`,
    `</script>`,
  ].join('\n');
}

export function elementSnippet(options: EmbedOptions, appBase: string): string {
  const attributes = embedAttributes(options)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return [
    `<script type="module" src="${escapeAttribute(appBase)}campus-map.js"></script>`,
    // No height: the element is as tall as its map and parts (CSS `--campus-map-height` sets the map's).
    `<campus-map${attributes}></campus-map>`,
  ].join('\n');
}
