/**
 * In-page highlighting: a severity badge with a reasons tooltip next to each risky comment, an
 * outline on the comment, and a banner on escalating threads. Each badge is a tiny custom
 * element with a closed shadow root holding its own <style>: no CSS crosses in either
 * direction, and comment text is only ever set through textContent.
 *
 * Why not createShadowRootUi per badge: it loads the CSS file asynchronously per UI, which for
 * thousands of comments costs far more than one small inline style per shadow root.
 *
 * A badge costs the page as little as it can, since a thread can bring a thousand of them: the
 * comment's outline comes from one page stylesheet keyed on an attribute (no inline style parsed
 * per comment), and the tooltip is shown and raised by the badge's own CSS (`:host(:hover)`,
 * `:host(:focus-within)`); script only builds the tooltip on first use. With a `WhenNear`
 * (`viewportWatcher`) the badge and the outline come only when the comment comes near the
 * viewport; the severity attribute (FLAG_ATTR) marks every risky comment at once and no page rule
 * keys on it. The shadow DOM is paid for the comments the user can reach (benchmark page, 1,000
 * risky comments: 5 badges built, our script's CPU time per comment 79 → 60 µs, frames laid out
 * 60 → 52), and marks that arrive after the page drew its comments (their scores come from the
 * background) need no new frame when they are far off-screen: on the benchmark page, outlining
 * them at once cost the page about 0.9 s more pre-paint over 5,000 comments, a frame's tree walk
 * over the whole list for each burst.
 */
import type { RiskResult, ThreadEscalation } from '@/lib/risk/types';
import { translatePage as t, pageTranslator as translator, type UiLanguage } from '@/lib/i18n/page';
import { reasonText, threadReasonText } from '@/lib/i18n/page-names';
import { BADGE_CSS, OUTLINE_CSS } from './badge-style';
import { BANNER_TAG, FLAG_ATTR, HOST_ATTR, HOST_TAG, OUTLINE_ATTR, PULSE_ATTR } from './dom-labels';

export interface BadgeHandle {
  /** The badge in the page; null while it waits for its comment to come near the viewport. */
  readonly host: HTMLElement | null;
  /** False once the page removed the built badge (the scanner makes a new one). */
  alive(): boolean;
  update(result: RiskResult, text: string): void;
  pulse(): void;
  remove(): void;
}

/**
 * Runs `build` once `el` comes near the viewport and returns a function that cancels the wait.
 * Given to `createBadge`, it defers the badge's shadow DOM and the comment's outline for comments
 * far from what the user sees; their severity attribute is set at once all the same.
 */
export type WhenNear = (el: Element, build: () => void) => () => void;

/** How far outside the viewport a comment gets its badge: two screens above and below. */
export const NEAR_MARGIN = '200% 0px';

/**
 * A `WhenNear` over one IntersectionObserver, or undefined where there is none (jsdom):
 * badges are then built at once. Stops watching when `signal` aborts.
 */
export function viewportWatcher(win: Window, signal: AbortSignal): WhenNear | undefined {
  const IO = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (!IO) return undefined;
  const waiting = new Map<Element, () => void>();
  const io = new IO(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const build = waiting.get(e.target);
        if (!build) continue;
        waiting.delete(e.target);
        io.unobserve(e.target);
        build();
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  signal.addEventListener(
    'abort',
    () => {
      io.disconnect();
      waiting.clear();
    },
    { once: true },
  );
  return (el, build) => {
    if (signal.aborted) return () => undefined;
    waiting.set(el, build);
    io.observe(el);
    return () => {
      if (waiting.get(el) !== build) return;
      waiting.delete(el);
      io.unobserve(el);
    };
  };
}

const HOST_STYLE: Record<string, string> = {
  // Not positioned at rest: a positioned host with a z-index is a stacking context of its own, and a
  // thousand of them made every frame of a long page markedly slower to paint (bench/scanner.ts).
  default:
    'all: initial !important; display: inline-block !important; vertical-align: middle !important; margin: 2px 6px !important;',
  [BANNER_TAG]:
    'all: initial !important; display: block !important; position: relative !important; margin: 4px 0 !important;',
};

// One constructable stylesheet shared by every badge: parsed once, not once per comment.
const sheets = new WeakMap<Document, CSSStyleSheet | null>();
function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (!sheets.has(doc)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      const Ctor = doc.defaultView?.CSSStyleSheet;
      if (Ctor) {
        sheet = new Ctor();
        sheet.replaceSync(BADGE_CSS);
      }
    } catch {
      sheet = null; // e.g. Firefox content scripts (Xray wrappers): fall back to <style>
    }
    sheets.set(doc, sheet);
  }
  return sheets.get(doc) ?? null;
}

// The outline of flagged comments: one <style> per document (marked as ours, so the scanner and
// text reading skip it), added with the first badge and again if the page removed it. A comment
// inside an open shadow root (Coral's stream) or a same-origin frame (Ghost's app) gets one there
// too: page rules do not cross into either.
const outlineStyles = new WeakMap<Document | ShadowRoot, HTMLStyleElement>();
const shadowStyles = new WeakMap<Document, Set<HTMLStyleElement>>();
function ensureOutlineStyle(doc: Document, target: Element): void {
  const root = target.getRootNode();
  // A shadow root, or the document of a same-origin frame the comment sits in (Ghost's app).
  const scope =
    root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : root.nodeType === 9 ? (root as Document) : doc;
  const existing = outlineStyles.get(scope);
  if (existing?.isConnected) return;
  const style = existing ?? doc.createElement('style');
  if (!existing) {
    style.setAttribute(HOST_ATTR, '');
    style.textContent = OUTLINE_CSS;
    outlineStyles.set(scope, style);
  }
  if (scope === doc) doc.documentElement.append(style);
  else {
    if ('documentElement' in scope) scope.documentElement.append(style);
    else scope.append(style);
    let list = shadowStyles.get(doc);
    if (!list) shadowStyles.set(doc, (list = new Set()));
    list.add(style);
  }
}

/** Take the outline stylesheets out of the page (the scanner stopped: the extension was reloaded or the page changed). */
export function removeOutlineStyle(doc: Document): void {
  outlineStyles.get(doc)?.remove();
  for (const style of shadowStyles.get(doc) ?? []) style.remove();
  shadowStyles.delete(doc);
}

// style, where setting the style attribute parsed it again for every badge (a third of a badge's cost).
const prototypes = new WeakMap<Document, Map<string, HTMLElement>>();
function newHost(doc: Document, tag: string): HTMLElement {
  let byTag = prototypes.get(doc);
  if (!byTag) prototypes.set(doc, (byTag = new Map()));
  let proto = byTag.get(tag);
  if (!proto) {
    proto = doc.createElement(tag);
    proto.setAttribute(HOST_ATTR, '');
    // Page rules target the host element itself (e.g. `* { all: unset }`); inline !important wins.
    proto.setAttribute('style', HOST_STYLE[tag] ?? HOST_STYLE.default!);
    byTag.set(tag, proto);
  }
  return proto.cloneNode(false) as HTMLElement;
}

function shadowFor(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot } {
  const host = newHost(doc, tag);
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = sharedSheet(doc);
  try {
    if (!sheet) throw new Error('no constructable stylesheet');
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    root.append(style);
  }
  return { host, root };
}

/** Text with the reason spans underlined, as DOM nodes (never HTML). */
function underlined(doc: Document, text: string, result: RiskResult): Node[] {
  const spans = result.reasons
    .map((r) => r.span)
    .filter((s): s is NonNullable<typeof s> => !!s && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  if (spans.length === 0) return [];
  const from = Math.max(0, spans[0]!.start - 60);
  const to = Math.min(text.length, spans[spans.length - 1]!.end + 60);
  const nodes: Node[] = [];
  let at = from;
  for (const s of spans) {
    if (s.start < at) continue;
    nodes.push(doc.createTextNode(text.slice(at, s.start)));
    const u = doc.createElement('u');
    u.textContent = text.slice(s.start, s.end);
    nodes.push(u);
    at = s.end;
  }
  nodes.push(doc.createTextNode(text.slice(at, to)));
  if (from > 0) nodes.unshift(doc.createTextNode('…'));
  if (to < text.length) nodes.push(doc.createTextNode('…'));
  return nodes;
}

/** The tooltip of a badge: the reasons (each once, at most six), the text around them underlined, a hint. */
function badgeTooltip(doc: Document, lang: UiLanguage, result: RiskResult, text: string): HTMLElement {
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  const h = doc.createElement('h4');
  h.textContent = t(lang, 'badge_reasons');
  const list = doc.createElement('ul');
  // A word the comment repeats is one reason in the list (each place is still underlined below).
  const labels = new Set<string>();
  for (const r of result.reasons) {
    const label = reasonText(translator(lang), r);
    if (labels.has(label)) continue;
    labels.add(label);
    const li = doc.createElement('li');
    li.textContent = label;
    list.append(li);
    if (labels.size === 6) break;
  }
  const quote = doc.createElement('p');
  quote.append(...underlined(doc, text, result));
  const hint = doc.createElement('div');
  hint.className = 'hint';
  hint.textContent = t(lang, 'badge_open');
  tip.append(h, list, quote, hint);
  return tip;
}

/**
 * The badge's host: a shadow host holding one button that opens the panel. The badge's CSS shows
 * the tooltip and raises the host while it is open (hover or focus; focus inside the shadow root
 * reaches the host as focusin); `onFirstLook` builds its content on the first.
 */
function badgeHost(
  doc: Document,
  onOpen: () => void,
  onFirstLook: () => void,
): { host: HTMLElement; button: HTMLButtonElement } {
  const { host, root } = shadowFor(doc, HOST_TAG);
  const button = doc.createElement('button');
  button.type = 'button';
  root.append(button);
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onOpen();
  });
  host.addEventListener('mouseenter', onFirstLook);
  host.addEventListener('focusin', onFirstLook);
  return { host, button };
}

/** The button says the severity; colours come from the shared sheet by class (no inline styles to recalculate per badge). */
function labelButton(button: HTMLButtonElement, lang: UiLanguage, severity: RiskResult['severity']): void {
  const label = t(lang, `badge_severity_${severity}`);
  button.textContent = `⚠ ${label}`;
  button.className = `badge ${severity}`;
  button.setAttribute('aria-label', `${label}. ${t(lang, 'badge_open')}`);
}

/**
 * The badge's placement: the host goes after `anchor` (or after the comment when it gives none),
 * at once or, with `whenNear`, when the comment comes near the viewport. Returns the cancel of
 * that wait, or null when the badge was built at once.
 */
function placeWhenNear(whenNear: WhenNear | undefined, outlineTarget: HTMLElement, build: () => void) {
  if (whenNear) return whenNear(outlineTarget, build);
  build();
  return null;
}

function placeHost(host: HTMLElement, anchor: Element | (() => Element | null), outlineTarget: HTMLElement): void {
  ((typeof anchor === 'function' ? anchor() : anchor) ?? outlineTarget).after(host);
}

/**
 * A badge for a comment. `anchor` is where it goes (inserted after it; `outlineTarget` when it
 * gives none); `outlineTarget` gets the severity attribute at once, and the outline attribute the
 * page stylesheet keys on when the badge is built. With `whenNear` the badge's DOM is built only
 * when the comment comes near the viewport (or when the panel focuses it): a page that loads a
 * thousand risky comments below the fold pays for the few the user can reach, not for a thousand
 * shadow roots and outlines.
 */
export function createBadge(
  doc: Document,
  anchor: Element | (() => Element | null),
  outlineTarget: HTMLElement,
  lang: UiLanguage,
  onOpen: () => void,
  opts: { whenNear?: WhenNear; onBuilt?: (host: HTMLElement) => void } = {},
): BadgeHandle {
  let current: { result: RiskResult; text: string } | null = null;
  let ui: { host: HTMLElement; button: HTMLButtonElement; tip: HTMLElement | null } | null = null;
  // The severity the badge shows (kept here: reading it back through `dataset` creates an object per host).
  let shown: string | null = null;
  let cancel: (() => void) | null = null;
  // The severity written to the comment's attribute.
  let marked: string | null = null;

  // The tooltip's DOM is built on first hover or focus: most badges are never opened.
  const buildTip = () => {
    if (!ui || ui.tip || !current) return;
    ui.tip = badgeTooltip(doc, lang, current.result, current.text);
    ui.button.after(ui.tip);
  };
  const show = () => {
    if (!ui || !current) return;
    const severity = current.result.severity;
    // The same severity again (a re-read, or an edit that kept it): the badge already says it.
    if (shown === severity) return;
    shown = severity;
    outlineTarget.setAttribute(OUTLINE_ATTR, severity);
    // The outline rule is in the page (put back if the page took it out) whenever an outline is set.
    ensureOutlineStyle(doc, outlineTarget);
    labelButton(ui.button, lang, severity);
  };
  const build = () => {
    cancel = null;
    if (ui) return;
    const { host, button } = badgeHost(doc, onOpen, buildTip);
    placeHost(host, anchor, outlineTarget);
    ui = { host, button, tip: null };
    show();
    opts.onBuilt?.(host);
  };

  return {
    get host() {
      return ui?.host ?? null;
    },
    alive: () => !ui || ui.host.isConnected,
    update(result, text) {
      if (result.severity === 'none') return;
      current = { result, text };
      if (marked !== result.severity) {
        marked = result.severity;
        outlineTarget.setAttribute(FLAG_ATTR, marked);
      }
      if (!ui && !cancel) cancel = placeWhenNear(opts.whenNear, outlineTarget, build);
      show();
      // A tooltip already built shows the new reasons.
      if (ui?.tip) {
        ui.tip.remove();
        ui.tip = null;
        buildTip();
      }
    },
    pulse() {
      cancel?.();
      build();
      pulseButton(ui!.host, ui!.button);
    },
    remove() {
      cancel?.();
      cancel = null;
      ui?.host.remove();
      outlineTarget.removeAttribute(FLAG_ATTR);
      outlineTarget.removeAttribute(OUTLINE_ATTR);
    },
  };
}

/** The panel focused this comment: the badge pulses and takes the focus. */
function pulseButton(host: HTMLElement, button: HTMLButtonElement): void {
  button.classList.remove('pulse');
  void button.offsetWidth;
  button.classList.add('pulse');
  host.setAttribute(PULSE_ATTR, String(Date.now()));
  button.focus({ preventScroll: true });
}

export interface BannerHandle {
  host: HTMLElement;
  update(esc: ThreadEscalation): void;
  remove(): void;
}

/** A banner before a thread's first comment when the thread is heated or worse. */
export function createThreadBanner(doc: Document, before: Element, lang: UiLanguage): BannerHandle {
  const { host, root } = shadowFor(doc, BANNER_TAG);
  const div = doc.createElement('div');
  div.className = 'banner';
  div.setAttribute('role', 'status');
  root.append(div);
  before.before(host);
  return {
    host,
    update(esc) {
      div.className = `banner ${esc.status}`;
      host.setAttribute('data-status', esc.status);
      const title = doc.createElement('strong');
      title.textContent = `⚑ ${t(lang, `banner_${esc.status}`)}: `;
      const reasons = doc.createElement('span');
      reasons.className = 'reasons';
      reasons.textContent = esc.reasons
        .slice(0, 3)
        .map((r) => threadReasonText(translator(lang), r))
        .join(' · ');
      div.replaceChildren(title, reasons);
    },
    remove() {
      host.remove();
    },
  };
}
