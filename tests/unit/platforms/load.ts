import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { PlatformAdapter, RawComment } from '@/lib/platforms/types';

/** Parse a fixture page as it would be at `url`. */
export function loadFixture(path: string, url: string): Document {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8');
  return new JSDOM(html, { url }).window.document;
}

/** Everything an adapter reads from a page, through the same calls the scanner makes. */
export function readAll(adapter: PlatformAdapter, doc: Document, url: string): RawComment[] {
  return adapter
    .findRoots(doc)
    .flatMap((root) => adapter.findComments(root))
    .map((el) => adapter.readComment(el, url))
    .filter((c): c is RawComment => c !== null);
}

/** The comment element with this id, found through the adapter. */
export function elementFor(adapter: PlatformAdapter, doc: Document, url: string, id: string): Element {
  const el = adapter
    .findRoots(doc)
    .flatMap((r) => adapter.findComments(r))
    .find((e) => adapter.readComment(e, url)?.id === id);
  if (!el) throw new Error(`no comment ${id}`);
  return el;
}
