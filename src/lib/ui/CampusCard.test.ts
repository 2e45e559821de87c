// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { AppState } from '../state/app.svelte.ts';
import { CameraRequests } from '../state/camera.svelte.ts';
import { Explorer } from '../state/explorer.svelte.ts';
import { HoverState } from '../state/hover.svelte.ts';
import CardHarness from '../testing/CardHarness.svelte';
import { CAMPUS, PRACTICES, SECTORS, makeCampus } from '../testing/fixtures.ts';

const hostile = makeCampus('hostile', {
  name: '<img src=x onerror=alert(1)>Campus',
  partners: ['<script>alert(2)</script>'],
  note: '<b>not bold</b>',
  academie: 'caen',
  academie_2020: 'normandie',
  region: '28',
  practices: ['p2'],
  inset: false,
});

function setup(campus = hostile, lang: 'fr' | 'en' = 'fr') {
  const app = new AppState();
  app.lang = lang;
  const data: Dataset = {
    campus: [...CAMPUS, hostile],
    practices: PRACTICES,
    sectors: SECTORS,
    geography: {} as Geography,
  };
  const explorer = new Explorer(data, app, new HoverState(), new CameraRequests());
  const onclose = vi.fn();
  const result = render(CardHarness, { explorer, campus, onclose });
  return { ...result, explorer, onclose };
}

describe('CampusCard', () => {
  it('shows the facts of the Campus, with the former académie named on the 2020 map', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>Campus');
    expect(screen.getByText('Caen (aujourd’hui Normandie)')).toBeTruthy();
    expect(screen.getByText('Normandie')).toBeTruthy();
    expect(screen.getByTestId('card-sector').textContent).toContain('Transition énergétique, éco-industrie');
    expect(screen.getByTestId('card-sector').textContent).toContain('d’après son nom');
  });

  it('says where each fact comes from: a link per public page, the livret for the rest', () => {
    const sourced = makeCampus('sourced', {
      name: 'Campus de Felletin',
      aliases: ['Campus construction durable'],
      sector: 'batiment',
      sector_basis: 'source',
      lead: 'Lycée des métiers du bâtiment',
      sources: [
        { fact: 'sector', url: 'https://www.culture-nouvelle-aquitaine.fr/campus' },
        { fact: 'lead', url: 'https://jjlozach.fr/?p=211' },
        // A hand-edited dataset cannot put a script link on the card.
        { fact: 'lead', url: 'javascript:alert(1)' },
        { fact: 'town', url: 'livret' },
      ],
      approximate: true,
    });
    const { container } = setup(sourced);
    const links = [...container.querySelectorAll<HTMLAnchorElement>('[data-testid="fact-origin"] a')];
    expect(links.map((a) => [a.href, a.textContent, a.target, a.rel])).toEqual([
      [
        'https://www.culture-nouvelle-aquitaine.fr/campus',
        'culture-nouvelle-aquitaine.fr↗',
        '_blank',
        'noopener noreferrer',
      ],
      ['https://jjlozach.fr/?p=211', 'jjlozach.fr↗', '_blank', 'noopener noreferrer'],
    ]);
    expect(links[1]!.getAttribute('aria-label')).toBe('Source : jjlozach.fr (nouvel onglet)');
    expect(screen.getByText('Campus construction durable')).toBeTruthy();
    expect(screen.getByTestId('card-town').textContent).toContain('(position approximative)');
    expect(screen.getByTestId('card-approximate').textContent).toContain(
      'commune déduite du texte du livret',
    );
    expect(container.textContent).toContain('Les autres informations viennent du livret');
  });

  it('says what became of the Campus since the livret: each fact dated, with its page, as text', () => {
    const changed = makeCampus('changed', {
      since: [
        {
          kind: 'merger_planned',
          date: '2020',
          text: '<img src=x onerror=alert(3)>CEINE',
          url: 'https://regions-france.org/ceine',
        },
        { kind: 'based_at', date: '2021-07-22', text: 'Bellignat', url: 'https://groupe-ecomedia.com/p' },
        // A hand-edited dataset cannot put a script link on the card.
        { kind: 'excellence', date: '2020', text: '', url: 'javascript:alert(4)' },
      ],
    });
    const { container } = setup(changed);
    const section = screen.getByTestId('card-since');
    expect(section.querySelector('h3')?.textContent).toBe('Depuis le livret');
    const items = [...section.querySelectorAll('li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      'Fusion prévue dans <img src=x onerror=alert(3)>CEINE — 2020 regions-france.org↗',
      'Dit basé à Bellignat — selon une page du 22 juillet 2021 groupe-ecomedia.com↗',
    ]);
    expect(container.querySelector('img')).toBeNull();
    const links = [...section.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => [a.href, a.target, a.rel, a.getAttribute('aria-label')])).toEqual([
      [
        'https://regions-france.org/ceine',
        '_blank',
        'noopener noreferrer',
        'Source : regions-france.org (nouvel onglet)',
      ],
      [
        'https://groupe-ecomedia.com/p',
        '_blank',
        'noopener noreferrer',
        'Source : groupe-ecomedia.com (nouvel onglet)',
      ],
    ]);
    expect(section.querySelector('time')?.getAttribute('datetime')).toBe('2020');
    screen.getByTestId('campus-card').remove();

    setup(changed, 'en');
    expect(screen.getByTestId('card-since').textContent?.replace(/\s+/g, ' ')).toContain(
      'Since the booklet Merger planned into <img src=x onerror=alert(3)>CEINE — 2020',
    );
  });

  it('has no « Depuis le livret » section for a Campus with nothing found', () => {
    setup();
    expect(screen.queryByTestId('card-since')).toBeNull();
  });

  it('says when the établissement support was not found', () => {
    setup();
    expect(screen.getByTestId('card-lead').textContent?.trim()).toBe('Non trouvé');
  });

  it('renders every record field as text, never as HTML', () => {
    const { container } = setup();
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toContain('<script>alert(2)</script>');
    expect(container.textContent).toContain('<b>not bold</b>');
  });

  it('lists its practices with their chapter, and a practice can be shown on the map', async () => {
    const { explorer } = setup();
    expect(screen.getByText('Un parcours complet')).toBeTruthy();
    expect(screen.getByText(/Chapitre 5/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Voir sur la carte' }));
    expect(explorer.app.practice).toBe('p2');
  });

  it('offers the true location of a DROM Campus', async () => {
    const reunion = CAMPUS.find((f) => f.id === 'reunion')!;
    const { explorer } = setup(reunion);
    await fireEvent.click(screen.getByRole('button', { name: 'Voir à l’emplacement réel' }));
    expect(explorer.camera.request?.target).toEqual({ kind: 'drom', region: '04' });
  });

  it('takes the focus on its heading, and Échap closes it', async () => {
    const { onclose } = setup();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(document.activeElement).toBe(heading);
    await fireEvent.keyDown(heading, { key: 'ArrowDown' });
    expect(onclose).not.toHaveBeenCalled();
    await fireEvent.keyDown(heading, { key: 'Escape' });
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  it('closes, and speaks English', async () => {
    const { onclose } = setup(hostile, 'en');
    await fireEvent.click(screen.getByRole('button', { name: 'Close the card' }));
    expect(onclose).toHaveBeenCalled();
    expect(screen.getByText('Caen (now Normandie)')).toBeTruthy();
  });

  it('gives its note in French as written, and in English says the shared sentences in English', () => {
    const noted = makeCampus('noted', {
      note: 'Groupe sectoriel déduit du nom du Campus. Placé à Nantes, position approximative. Région non indiquée par le livret ; déduite de la commune.',
    });
    setup(noted);
    expect(screen.getByTestId('card-note').textContent).toContain(noted.properties.note);
    expect(screen.queryByTestId('card-note-rest')).toBeNull();
    screen.getByTestId('campus-card').remove();

    setup(noted, 'en');
    expect(screen.getByTestId('card-note').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Note: Sector group deduced from the Campus’s name. Région not stated by the booklet; deduced from the town.',
    );
    const rest = screen.getByTestId('card-note-rest');
    expect(rest.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Details (in French): Placé à Nantes, position approximative.',
    );
    expect(rest.querySelector('[lang="fr"]')?.textContent).toBe('Placé à Nantes, position approximative.');
  });

  it('gives the record’s own English note, whole, in English, and the French note in French', () => {
    const translated = makeCampus('translated', {
      note: 'Groupe sectoriel déduit du nom du Campus. Le titre écrit « Nouvelle Aquitaine » sans trait d’union.',
      note_en:
        'Sector group deduced from the Campus’s name. The title writes « Nouvelle Aquitaine » without a hyphen.',
    });
    setup(translated, 'en');
    const note = screen.getByTestId('card-note');
    expect(note.textContent?.replace(/\s+/g, ' ').trim()).toBe(`Note: ${translated.properties.note_en}`);
    expect(note.querySelector('[lang="fr"]')).toBeNull();
    expect(screen.queryByTestId('card-note-rest')).toBeNull();
    expect(screen.getByTestId('campus-card').textContent).not.toContain('trait d’union');
    screen.getByTestId('campus-card').remove();

    setup(translated);
    expect(screen.getByTestId('card-note').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      `Remarque : ${translated.properties.note}`,
    );
    expect(screen.getByTestId('campus-card').textContent).not.toContain('without a hyphen');
  });
});
