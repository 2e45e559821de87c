/**
 * The first script of index.html and embed.html once built: a classic script in <head> (not a
 * module, so it runs before the body is parsed and painted; an external file of our origin, as the
 * strict CSP wants). When this visit will show another view than the first view built into the HTML
 * (a query string, a kept list: see firstView.ts), it marks <html> so that app.css hides the built
 * view and shows the app's loading screen until the app has drawn its own. Without JavaScript it does
 * not run, and the built view is the page. Bundled on its own, a few
 * hundred bytes, by scripts/firstViewPlugin.ts; `npm run dev` has no built view and does not load it.
 */
import { firstViewMatches, keptListMarked } from './lib/state/firstView.ts';

// Matching, the built view stands until the app's own is there, but takes no click (pointer-events, in
// app.css): what it shows is not live yet, and a click must not land on it only to be lost.
document.documentElement.classList.add(
  firstViewMatches({ search: location.search, keptList: keptListMarked(() => localStorage) })
    ? 'first-view-pending'
    : 'first-view-stale',
);
