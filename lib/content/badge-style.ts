import { OUTLINE_ATTR } from './dom-labels';

/**
 * Styles of the in-page UI. Badges and banners style themselves inside closed shadow roots, so
 * nothing leaks in either direction; `all: initial` on the host and px units (not rem) keep
 * host-page CSS out (docs/RELIABILITY.md C1). The one rule in the page itself outlines flagged comments,
 * selected by Stormwatch's own attribute only.
 */
export const SEVERITY_COLOURS = {
  low: { bg: '#fff4cc', fg: '#5c4400', border: '#c9a200' },
  medium: { bg: '#ffe0b3', fg: '#6b3300', border: '#e07b00' },
  high: { bg: '#ffd1cc', fg: '#7a0d00', border: '#d92b14' },
  critical: { bg: '#7a0d00', fg: '#ffffff', border: '#4d0800' },
} as const;

const severityRules = Object.entries(SEVERITY_COLOURS)
  .map(([k, c]) => `button.badge.${k} { background: ${c.bg}; color: ${c.fg}; border-color: ${c.border}; }`)
  .join('\n');

/**
 * The outline of a flagged comment, in the page (one <style> per document): by the outline
 * attribute the badge sets on the comment when it is built, so no inline style is written per comment.
 */
export const OUTLINE_CSS = Object.entries(SEVERITY_COLOURS)
  .map(
    ([k, c]) =>
      `[${OUTLINE_ATTR}="${k}"] { outline: 2px solid ${c.border} !important; outline-offset: 2px !important; }`,
  )
  .join('\n');

export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 6px; }
* { box-sizing: border-box; }
button.badge { all: initial; cursor: pointer; font: 600 12px/16px system-ui, -apple-system, "Segoe UI", sans-serif;
  padding: 2px 8px; border-radius: 10px; border: 1px solid; display: inline-flex; gap: 4px; align-items: center; }
${severityRules}
button.badge:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.tip { display: none; position: absolute; top: 22px; left: 0; width: 320px; max-width: 80vw; background: #fff; color: #111;
  border: 1px solid #888; border-radius: 6px; padding: 8px 10px; font: 400 12px/17px system-ui, sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); white-space: normal; text-align: left; }
:host(:hover) .tip, :host(:focus-within) .tip { display: block; }
/* An open tooltip stays above the page and the badges below it: the host is positioned and raised
   only then (at rest a positioned host with a z-index would be a stacking context per badge).
   !important inside the shadow root wins over the page's, and over the host's inline all: initial. */
:host(:hover), :host(:focus-within) { position: relative !important; z-index: 2147483647 !important; }
.tip h4 { margin: 0 0 4px; font: 600 12px/16px system-ui, sans-serif; }
.tip ul { margin: 0; padding: 0 0 0 16px; }
.tip li { margin: 2px 0; }
.tip u { text-decoration: underline 2px #d92b14; }
.tip .hint { margin-top: 6px; color: #555; }
.pulse { animation: pulse 0.6s ease-in-out 3; }
@keyframes pulse { 50% { transform: scale(1.25); } }
.banner { all: initial; display: block; font: 600 12px/16px system-ui, sans-serif; padding: 4px 8px; border-radius: 4px;
  background: #7a0d00; color: #fff; margin: 4px 0; }
.banner.heated { background: #fff4cc; color: #5c4400; border: 1px solid #c9a200; }
.banner.escalating { background: #ffd1cc; color: #7a0d00; border: 1px solid #d92b14; }
.banner span.reasons { font-weight: 400; }
`;
