/**
 * Puts approved template text into a comment's reply field so the platform's editor accepts it
 * (docs/RELIABILITY.md C3, C4). Never submits. One insertion: a fallback runs only when the first
 * method left the field unchanged. When no field can be resolved with confidence the text goes
 * to the clipboard instead, never into some other focused field.
 */
import type { PlatformAdapter } from '@/lib/platforms/types';
import { unreachableReplyFrame } from '@/lib/platforms/dom';
import type { InsertOutcome } from '@/lib/messaging/protocol';

export interface InsertRequest {
  adapter: PlatformAdapter;
  comment: Element | null;
  text: string;
  mode: 'append' | 'replace';
  doc: Document;
  /** How long to wait for a reply field after clicking Reply. */
  waitMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text of an editable as its editor shows it. */
export function fieldText(field: HTMLElement): string {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) return field.value;
  return field.innerText ?? field.textContent ?? '';
}

function isEditable(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement) return el.type !== 'search' && !el.disabled && !el.readOnly;
  return el.isContentEditable;
}

async function copy(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

async function resolveField(req: InsertRequest): Promise<HTMLElement | null> {
  const { adapter, comment } = req;
  if (!comment) return null;
  let field = adapter.findReplyField(comment);
  if (!field) {
    const button = adapter.findReplyButton?.(comment);
    if (!button) return null;
    button.click();
    const until = Date.now() + (req.waitMs ?? 2_000);
    while (!field && Date.now() < until) {
      await sleep(50);
      field = adapter.findReplyField(comment);
    }
  }
  return field && isEditable(field) ? field : null;
}

function placeCaret(doc: Document, field: HTMLElement, mode: 'append' | 'replace'): void {
  field.focus();
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    if (mode === 'replace') field.select();
    else field.setSelectionRange(field.value.length, field.value.length);
    return;
  }
  const sel = doc.getSelection();
  if (!sel) return;
  const range = doc.createRange();
  range.selectNodeContents(field);
  if (mode === 'append') range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Synthetic paste: what Draft.js (X, TikTok) handles as a proper multi-paragraph insertion. */
function paste(doc: Document, field: HTMLElement, text: string): void {
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
}

/** React-controlled textareas ignore `.value =`; the prototype setter plus `input` reaches React. */
function setNativeValue(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const isDraft = (f: HTMLElement) =>
  !!f.closest('.DraftEditor-root, [data-contents="true"]') || f.classList.contains('public-DraftEditor-content');
const isLexical = (f: HTMLElement) =>
  f.getAttribute('data-lexical-editor') === 'true' || !!f.closest('[data-lexical-editor="true"]');

/**
 * Draft.js always takes a paste (execCommand into an empty Draft editor can double the text).
 * Lexical keeps only the last paragraph of a multi-line execCommand, so multi-line text is pasted
 * there too; everything else (textareas, Quill, ProseMirror, plain contenteditable) gets
 * execCommand('insertText'), which keeps the browser's and the editor's undo.
 */
function primaryMethod(field: HTMLElement, text: string): 'paste' | 'execCommand' {
  if (isDraft(field)) return 'paste';
  if (isLexical(field) && text.includes('\n')) return 'paste';
  return 'execCommand';
}

/**
 * What goes between a draft and appended text: nothing when the draft is empty or already ends in
 * white space, a new line when the draft has several lines (a paragraph of its own), else a space.
 */
export function appendSeparator(before: string): string {
  if (!before.trim() || /\s$/.test(before)) return '';
  return before.trim().includes('\n') ? '\n' : ' ';
}

/** Insert `req.text` into the comment's reply field. */
export async function insertReply(req: InsertRequest): Promise<InsertOutcome> {
  const { doc, mode } = req;
  if (!req.comment || !req.comment.isConnected) {
    const copied = await copy(doc, req.text);
    return { ok: false, reason: 'commentGone', copied, message: 'The comment is no longer on the page.' };
  }
  const field = await resolveField(req);
  if (!field) {
    const copied = await copy(doc, req.text);
    // A reply box in another site's frame (Blogger, Jetpack) is there, but out of the page's reach.
    if (unreachableReplyFrame(req.comment))
      return { ok: false, reason: 'replyInFrame', copied, message: 'The reply box is in a frame from another site.' };
    return { ok: false, reason: 'noField', copied, message: 'No reply field found for this comment.' };
  }
  const before = fieldText(field);
  // Appended text is joined to the draft with a space or a new line, never glued to its last word.
  const text = mode === 'append' ? `${appendSeparator(before)}${req.text}` : req.text;
  const expected = mode === 'replace' ? text : `${before}${text}`;
  placeCaret(doc, field, mode);
  let method: string = primaryMethod(field, text);
  if (method === 'paste') paste(doc, field, text);
  else doc.execCommand('insertText', false, text);
  // Lexical and Draft commit after the current task: check only after a settle.
  await sleep(60);
  if (norm(fieldText(field)) === norm(before) || !norm(fieldText(field)).includes(norm(text).slice(0, 40))) {
    if (norm(fieldText(field)) !== norm(before)) {
      return {
        ok: false,
        reason: 'rejected',
        copied: await copy(doc, req.text),
        message: 'The editor changed the text; it was copied to the clipboard.',
      };
    }
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
      method = 'nativeSetter';
      setNativeValue(field, expected);
    } else {
      method = method === 'paste' ? 'execCommand' : 'paste';
      placeCaret(doc, field, mode);
      if (method === 'paste') paste(doc, field, text);
      else doc.execCommand('insertText', false, text);
    }
    await sleep(60);
    if (!norm(fieldText(field)).includes(norm(text).slice(0, 40))) {
      return {
        ok: false,
        reason: 'rejected',
        copied: await copy(doc, req.text),
        message: 'The editor did not accept the text; it was copied to the clipboard.',
      };
    }
  }
  return { ok: true, method, field: field.tagName.toLowerCase() };
}
