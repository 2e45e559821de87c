/**
 * What a person reads once they ask for it: a Campus's card, a région's or académie's card, the list of
 * Campus and the good practices (the side panel's second and third tabs). No first view shows them (the
 * side panel opens on the filters), so they are one chunk loaded on demand (loadReadingParts.ts).
 */
export { default as AreaCard } from './AreaCard.svelte';
export { default as CampusCard } from './CampusCard.svelte';
export { default as CampusList } from './CampusList.svelte';
export { default as PracticesView } from './PracticesView.svelte';
