/**
 * Reading single fields of a comment of unknown markup: the author's name out of a byline, a
 * depth out of an indent attribute, an absolute time out of a time element's attributes.
 */
import { SAYS } from './generic-systems';

/** The author's name from its element's text: first line, without "says:" or a "| date" tail. */
export function cleanAuthor(raw: string): string {
  let name = raw.split('\n')[0]!.trim();
  for (const re of Object.values(SAYS)) name = name.replace(re, '');
  // "Name | Di, 21. April 2020 - 16:40", "Name · 3 hours ago" (a byline holding both).
  const bar = name.search(/ [|·•] /);
  if (bar > 0) name = name.slice(0, bar);
  return name.replace(/\s*:$/, '').trim();
}

/**
 * WordPress labels each reply link with the name it answers ("Reply to Anna", "Antworte auf
 * Anna", "Répondre à Anna"…): a theme that prints the name in no element of its own still names
 * it there.
 */
const REPLY_TO =
  /^(?:reply to|antworte auf|antworten auf|répondre à|responder a|rispondi a|responder para|odpowiedz(?: na| użytkownikowi)?)\s+(.+)$/i;

/** The name in a reply link's label, or '' when the label names none. */
export function nameFromReplyLabel(label: string | null | undefined): string {
  const m = REPLY_TO.exec((label ?? '').trim());
  return m ? m[1]!.trim() : '';
}

/** A depth from an element's indent, depth or level attribute or depth-N/level-N class. */
export function indentValue(el: Element | null): number | undefined {
  if (!el) return undefined;
  for (const attr of ['indent', 'data-depth', 'depth', 'data-level']) {
    const v = el.getAttribute(attr);
    if (v !== null && /^\d+$/.test(v.trim())) return Number(v);
  }
  const level = el.getAttribute('aria-level');
  if (level && /^\d+$/.test(level)) return Math.max(0, Number(level) - 1);
  const m = /(?:^|\s)(?:depth|level)-(\d+)(?:\s|$)/.exec(el.getAttribute('class') ?? '');
  return m ? Math.max(0, Number(m[1]) - 1) : undefined;
}

/**
 * An absolute time from a time element's attributes: `datetime`, `content`, a date-like `title`,
 * or `data-time`/`data-timestamp` in epoch seconds or milliseconds. Undefined when none parses.
 */
export function timeAttribute(el: Element | null): string | undefined {
  if (!el) return undefined;
  for (const attr of ['datetime', 'content', 'title']) {
    const v = el.getAttribute(attr);
    if (v && /^\d{4}-\d{2}-\d{2}/.test(v.trim())) return v.trim();
  }
  for (const attr of ['data-time', 'data-timestamp']) {
    const v = el.getAttribute(attr);
    if (v && /^\d{9,13}$/.test(v)) return new Date(v.length > 10 ? Number(v) : Number(v) * 1000).toISOString();
  }
  return undefined;
}
