/**
 * First version of the risk engine: normalisation with an offset map, curated Polish and English
 * terms (with and without diacritics), and a simple combination into scores, severity and reasons.
 * Pure: no DOM, no clock. The learned model and the full lexicons replace the tables below.
 */
import { CRISIS_SIGNALS, TOXICITY_KINDS, type CrisisSignal, type Reason, type ReasonTarget, type RiskContext, type RiskResult, type Severity } from './types';

const MAX_CHARS = 5_000;
const FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z', '@': 'a', '4': 'a', '3': 'e', '1': 'i', '0': 'o', $: 's', '*': '*' };

/** Lower-case, fold Polish diacritics and common leetspeak, drop zero-width characters; `map[i]` is the original index of normalised char i. */
export function normalize(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  const src = text.slice(0, MAX_CHARS);
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (/[\u200B-\u200D\uFEFF\u202A-\u202E\u2066-\u2069]/.test(ch)) continue;
    const low = ch.toLowerCase();
    const folded = FOLD[low] ?? low.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    for (const c of folded) {
      norm += c;
      map.push(i);
    }
  }
  return { norm, map };
}

type Term = [pattern: string, target: ReasonTarget, weight: number];
// Stems: a term matches at a word start; `*` in the text matches any letter (k*rwa).
const TERMS: Term[] = [
  ['idiot', 'insult', 0.8], ['debil', 'insult', 0.8], ['kretyn', 'insult', 0.8], ['banda', 'insult', 0.5], ['zalosn', 'insult', 0.5],
  ['stupid', 'insult', 0.7], ['moron', 'insult', 0.8], ['pathetic', 'insult', 0.5], ['clown', 'insult', 0.5],
  ['kurw', 'profanity', 0.8], ['chuj', 'profanity', 0.8], ['pierdol', 'profanity', 0.8], ['jeb', 'profanity', 0.7], ['fuck', 'profanity', 0.8], ['shit', 'profanity', 0.6],
  ['zabij', 'threat', 0.9], ['kill you', 'threat', 0.9], ['pozalujesz', 'threat', 0.7], ['you will regret', 'threat', 0.7],
  ['oszu', 'scamFraud', 0.8], ['zlodzie', 'scamFraud', 0.7], ['klamc', 'scamFraud', 0.5], ['scam', 'scamFraud', 0.8], ['fraud', 'scamFraud', 0.8], ['kasujecie', 'scamFraud', 0.4],
  ['zwrot', 'refundDelayDefect', 0.7], ['refund', 'refundDelayDefect', 0.7], ['money back', 'refundDelayDefect', 0.7], ['bez internetu', 'refundDelayDefect', 0.6], ['awari', 'refundDelayDefect', 0.4], ['no refund', 'refundDelayDefect', 0.7], ['without service', 'refundDelayDefect', 0.6],
  ['wyciek', 'dataLeak', 0.9], ['hack', 'dataLeak', 0.8], ['leak', 'dataLeak', 0.8], ['passwords', 'dataLeak', 0.5], ['pesel', 'dataLeak', 0.5], ['card numbers', 'dataLeak', 0.5], ['dane klientow', 'dataLeak', 0.6],
  ['konsultant', 'employeeMisconduct', 0.4], ['wysmia', 'employeeMisconduct', 0.7], ['rozlaczyl', 'employeeMisconduct', 0.5], ['rude staff', 'employeeMisconduct', 0.7],
  ['prawnik', 'legalThreat', 0.8], ['pozew', 'legalThreat', 0.9], ['w sadzie', 'legalThreat', 0.8], ['uokik', 'legalThreat', 0.7], ['lawyer', 'legalThreat', 0.8], ['sue you', 'legalThreat', 0.9], ['reporting this', 'legalThreat', 0.5],
  ['bojkot', 'boycott', 0.9], ['boycott', 'boycott', 0.9], ['rezygnuj', 'boycott', 0.6], ['odradzam', 'boycott', 0.6], ['cancel your', 'boycott', 0.7], ['nigdy wiecej', 'boycott', 0.6],
  ['zatru', 'healthSafety', 0.8], ['poisoned', 'healthSafety', 0.8], ['unsafe', 'healthSafety', 0.6],
  ['podobno', 'rumour', 0.5], ['heard', 'rumour', 0.4], ['ktos to potwierdzi', 'rumour', 0.5],
  ['skandal', 'complaint', 0.6], ['zadam', 'complaint', 0.6], ['zadnej informacji', 'complaint', 0.5], ['traktujecie', 'complaint', 0.4], ['a joke', 'complaint', 0.5], ['nie polecam', 'complaint', 0.6], ['terrible', 'complaint', 0.6],
  ['nie da sie', 'negativity', 0.4], ['never again', 'negativity', 0.5],
];

const LABELS: Partial<Record<ReasonTarget, string>> = { refundDelayDefect: 'refund / delay / defect', scamFraud: 'scam accusation', dataLeak: 'data leak', employeeMisconduct: 'employee misconduct', legalThreat: 'legal threat', healthSafety: 'health and safety', identityAttack: 'identity attack' };

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const combine = (a: number, b: number) => 1 - (1 - a) * (1 - b);

function findTerm(norm: string, pattern: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(^|[^a-z*])${pattern.replace(/[a-z]/g, (c) => `[${c}*]`).replace(/ /g, '\\s+')}`, 'g');
  for (const m of norm.matchAll(re)) out.push(m.index! + m[1]!.length);
  return out;
}

/** Score one comment. */
export function classify(text: string, ctx: RiskContext = {}): RiskResult {
  const { norm, map } = normalize(text);
  const reasons: Reason[] = [];
  const toxicityBy = zero(TOXICITY_KINDS);
  const signals = zero(CRISIS_SIGNALS);
  let negativity = 0;
  const ignored = (ctx.ignoredPhrases ?? []).map((p) => normalize(p).norm);
  const add = (target: ReasonTarget, weight: number, start: number, len: number, source: Reason['source'] = 'lexicon') => {
    const s = map[start] ?? 0;
    const e = (map[Math.min(start + len, map.length) - 1] ?? s) + 1;
    const term = text.slice(s, e);
    if (ignored.some((p) => p && normalize(term).norm.includes(p))) return;
    reasons.push({ source, target, label: `${LABELS[target] ?? target}: "${term}"`, term, span: { start: s, end: e }, weight });
    if ((TOXICITY_KINDS as readonly string[]).includes(target)) toxicityBy[target as keyof typeof toxicityBy] = combine(toxicityBy[target as keyof typeof toxicityBy], weight);
    else if ((CRISIS_SIGNALS as readonly string[]).includes(target)) signals[target as CrisisSignal] = combine(signals[target as CrisisSignal], weight);
    negativity = combine(negativity, weight * 0.8);
  };
  for (const [pattern, target, weight] of TERMS) for (const at of findTerm(norm, pattern)) add(target, weight, at, pattern.length);
  for (const brand of [...(ctx.brands ?? []), ...(ctx.watchKeywords ?? [])]) {
    const b = normalize(brand).norm.trim();
    if (b) for (const at of findTerm(norm, b.replace(/[^a-z0-9 ]/g, ''))) add('brandMention', 0.3, at, b.length, 'keyword');
  }
  const letters = text.replace(/[^A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]/g, '');
  if (letters.length >= 8 && letters === letters.toUpperCase() && negativity > 0) {
    negativity = combine(negativity, 0.3);
    reasons.push({ source: 'feature', target: 'negativity', label: 'ALL CAPS', weight: 0.3 });
  }
  if (/!{3,}/.test(text) && negativity > 0) {
    negativity = combine(negativity, 0.2);
    reasons.push({ source: 'feature', target: 'negativity', label: '"!!!"', weight: 0.2 });
  }
  const toxicity = Math.max(...Object.values(toxicityBy));
  const crisis = Math.max(...CRISIS_SIGNALS.filter((s) => s !== 'brandMention').map((s) => signals[s]));
  const risk = Math.min(1, Math.max(toxicity, crisis * 0.9, negativity * 0.7) + (signals.brandMention > 0 && negativity > 0 ? 0.1 : 0));
  const severity: Severity = risk >= 0.9 ? 'critical' : risk >= 0.75 ? 'high' : risk >= 0.55 ? 'medium' : risk >= 0.35 ? 'low' : 'none';
  const language = /[ąćęłńóśźż]|\b(nie|jest|się|sie|za|na|to|czy|mnie|jak)\b/i.test(text) ? 'pl' : /\b(the|and|you|is|are|to|of|this|for)\b/i.test(text) ? 'en' : 'other';
  reasons.sort((a, b) => b.weight - a.weight);
  return { language, risk, severity, negativity, toxicity, toxicityBy, signals, reasons: reasons.slice(0, 20), uncertain: false, engine: 'lexicon-0' };
}
