/** The project's own labelled sets in `datasets/` (see datasets/README.md). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CRISIS_SIGNALS, type CrisisSignal } from '../../lib/risk/types';

/** The nine crisis signals a comment can raise (the brand mention is a setting, not a situation). */
export const SIGNAL_NAMES = CRISIS_SIGNALS.filter((s) => s !== 'brandMention') as Exclude<
  CrisisSignal,
  'brandMention'
>[];

export interface SignalRow {
  id: string;
  text: string;
  lang: 'pl' | 'en';
  signals: CrisisSignal[];
  confuser: boolean;
}
export interface OrdinaryRow {
  id: string;
  text: string;
  lang: 'pl' | 'en';
  kind: string;
}

/** A comment labelled by whether a social-media manager should look at it (datasets/queue). */
export interface QueueRow {
  id: string;
  text: string;
  lang: 'pl' | 'en';
  look: boolean;
  signals: CrisisSignal[];
}

/** A comment labelled by its language (datasets/language, datasets/other-languages). */
export interface LanguageRow {
  id: string;
  text: string;
  lang: string;
}

/** A comment labelled by whether it attacks people for belonging to a group (datasets/hate). */
export interface HateRow {
  id: string;
  text: string;
  lang: 'pl' | 'en';
  hate: 0 | 1;
  kind: string;
}

function jsonl<T>(path: string): T[] {
  return readFileSync(resolve(import.meta.dirname, '../../datasets', path), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export const readSignalSet = (split: 'train' | 'val') => jsonl<SignalRow>(`signals/${split}.jsonl`);
export const readOrdinarySet = () => jsonl<OrdinaryRow>('ordinary/comments.jsonl');
export const readQueueSet = () => jsonl<QueueRow>('queue/comments.jsonl');
export const readHateSet = (split: 'train' | 'val') => jsonl<HateRow>(`hate/${split}.jsonl`);
export const readShortLanguageSet = () => jsonl<LanguageRow>('language/short.jsonl');
export const readOtherLanguages = () => jsonl<LanguageRow>('other-languages/comments.jsonl');
