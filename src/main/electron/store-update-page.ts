import { storeUpdateText, type StoreUpdate } from '../store/store-update';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page of the window shown while the store is migrated: the sentence and a moving bar, in
 * plain HTML and CSS (the window runs no script), in the light or dark scheme the system uses.
 */
export function storeUpdatePage(update: StoreUpdate, productName: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(productName)}</title>
<style>
  :root { color-scheme: light dark; font: 14px/1.45 system-ui, sans-serif; }
  body { margin: 24px; }
  h1 { font-size: 16px; margin: 0 0 8px; }
  .bar { height: 4px; margin-top: 16px; overflow: hidden; border-radius: 2px; background: color-mix(in srgb, currentColor 15%, transparent); }
  .bar::after { content: ''; display: block; width: 30%; height: 100%; background: #5b5bd6; animation: slide 1.4s ease-in-out infinite; }
  @keyframes slide { from { transform: translateX(-100%); } to { transform: translateX(340%); } }
  @media (prefers-reduced-motion: reduce) { .bar::after { animation: none; width: 100%; opacity: 0.5; } }
</style></head>
<body><h1>${escapeHtml(productName)}</h1><p role="status">${escapeHtml(storeUpdateText(update))}</p><div class="bar" aria-hidden="true"></div></body></html>`;
}
