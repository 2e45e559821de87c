/**
 * `<campus-map>`: the embedded map as a custom element, for sites that prefer one script to an
 * iframe. It renders in a shadow root (the page's CSS does not reach the map, the map's CSS does not
 * reach the page), reads the same options as embed.html from its attributes, and re-renders when they
 * change. The dataset and the full app are found relative to the script's own URL.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mount, unmount } from 'svelte';
import { en } from '../i18n/en.ts';
import { addLanguage } from '../i18n/translate.ts';
import EmbedApp from './EmbedApp.svelte';
import { EMBED_ATTRIBUTES, parseEmbedOptions, type EmbedOptions } from '../embed/embedOptions.ts';
import { WRAPPER_CLASS } from '../embed/shadowStyles.ts';
import { elementSheets } from '../embed/shadowSheets.ts';

export interface CampusMapElementConfig {
  /** Where the app is served (ends with `/`): the dataset is under `data/`, the full app is `index.html`. */
  appUrl: string;
}

// The element is one script on another site: it carries both languages rather than fetch English.
addLanguage('en', en);

/** The element class for one deployment of the app. */
export function createCampusMapElement({ appUrl }: CampusMapElementConfig) {
  return class CampusMapElement extends HTMLElement {
    static observedAttributes = [...EMBED_ATTRIBUTES];

    /** The MapLibre map once loaded (null before, and after the element leaves the page). */
    map: MapLibreMap | null = null;

    #options = $state.raw<EmbedOptions>(parseEmbedOptions(() => null));
    #instance: ReturnType<typeof mount> | null = null;
    #wrapper: HTMLDivElement | null = null;

    connectedCallback(): void {
      if (this.#instance) return;
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      // Constructable stylesheets shared by every element of the page, one per chunk (shadowSheets.ts).
      elementSheets.adopt(shadow);
      const wrapper = document.createElement('div');
      wrapper.className = WRAPPER_CLASS;
      shadow.replaceChildren(wrapper);
      this.#wrapper = wrapper;
      this.#update();
      // Read through a getter, so that the component sees new options when an attribute changes.
      const currentOptions = () => this.#options;
      this.#instance = mount(EmbedApp, {
        target: wrapper,
        props: {
          get options() {
            return currentOptions();
          },
          dataUrl: `${appUrl}data/`,
          appUrl,
          onmap: (map: MapLibreMap) => {
            this.map = map;
            this.dispatchEvent(new CustomEvent('campus-map:load', { detail: { map } }));
          },
        },
      });
    }

    disconnectedCallback(): void {
      if (!this.#instance) return;
      void unmount(this.#instance);
      if (this.shadowRoot) elementSheets.release(this.shadowRoot);
      this.#instance = null;
      this.map = null;
    }

    attributeChangedCallback(): void {
      if (this.#instance) this.#update();
    }

    #update(): void {
      this.#options = parseEmbedOptions((name) => this.getAttribute(name));
      this.#wrapper?.setAttribute('lang', this.#options.state.lang);
    }
  };
}
