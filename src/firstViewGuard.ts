/**
 * The first script of index.html and embed.html once built: a classic script in <head> (not a
 * module, so it runs before the body is parsed and painted; an external file of our origin, as the
 * strict CSP wants). When this visit will show another view than the first view built into the HTML
 * (a query string, a kept list: see firstView.ts), it marks <html> so that app.css hides the built
 * view and shows the app's loading screen until the app has drawn its own; embed.html's first view,
 * a loading state, is shown for every query string. Without JavaScript it does not run, and the built
 * view is the page (embed.html's loading state stays hidden). Bundled on its own, a few
 * hundred bytes, by scripts/firstViewPlugin.ts; `npm run dev` has no built view and does not load it.
 */
import { firstViewMatches, keptListMarked, queryLang } from './lib/state/firstView.ts';

// embed.html's first view is a loading state, right for any options (scripts/firstViewPlugin.ts marks
// its guard `data-any-state`); it is shown in the language the query asks for, set here before the
// body is painted (embed.ts sets the same once it runs).
const anyState = document.currentScript?.hasAttribute('data-any-state') === true;
if (anyState) document.documentElement.lang = queryLang(location.search);

// Matching, the built view stands until the app's own is there, but takes no click (pointer-events, in
// app.css): what it shows is not live yet, and a click must not land on it only to be lost.
document.documentElement.classList.add(
  anyState || firstViewMatches({ search: location.search, keptList: keptListMarked(() => localStorage) })
    ? 'first-view-pending'
    : 'first-view-stale',
);
