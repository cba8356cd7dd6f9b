/**
 * The reply checker, along the rules in README.md in this folder, run on what the agent actually
 * wrote: a reply does not shift blame, is not defensive, asserts no fact the team has not declared,
 * apologises where the situation calls for it (never for a rumour, a legal threat or a plain
 * question; to a legal threat it does not apologise for fault at all), says what comes next,
 * addresses the reader one way in Polish (never "ty" and "Pan/Pani" together), has every variable
 * filled and no variable leaving a broken phrase, fits the platform and does not shout. Pure; each
 * warning says why in Polish and English.
 */
import type { TemplateCategory, VariableForm } from './types';
import { FACTS, type Fact } from './facts';
import { detectClaims, foldText } from './claims';
import { unfilledVariables } from './variables';

export interface ReplyWarning {
  code:
    | 'blame'
    | 'defensive'
    | 'claimBeyondFacts'
    | 'admission'
    | 'noApology'
    | 'noNextStep'
    | 'mixedAddress'
    | 'unfilled'
    | 'brokenPhrase'
    | 'tooLong'
    | 'shouting';
  /** claimBeyondFacts: the facts claimed that are not declared. */
  facts?: Fact[];
  /** unfilled: the variable names; brokenPhrase: the broken phrases. */
  items?: string[];
}

/** A variable as it was filled in the reply: which form the body asked for and what went in. */
export interface FilledSlot {
  name: string;
  form?: VariableForm;
  value: string;
}

export interface CheckContext {
  /** What the comment calls for, strongest first. */
  categories?: readonly TemplateCategory[];
  /** Facts declared for the incident; when given, a reply asserting any other fact is flagged. */
  facts?: readonly Fact[];
  /** The comment threatens legal action: formal, no apology for fault. */
  legal?: boolean;
  /** The comment repeats a rumour: an apology would read as confirming it. */
  rumour?: boolean;
  /** Variables the agent filled (to check they read right where they stand). */
  slots?: readonly FilledSlot[];
  maxLength?: number;
}

const BLAME =
  /(nie nasza wina|to nie my|to wina|winn[ya] (jest|sa)|wina (kuriera|dostawcy|banku|klienta|operatora)|przez (kuriera|dostawce|bank)|not our fault|it'?s not us|blame|fault of (the )?(courier|supplier|bank|customer)|caused by (the )?(courier|supplier|customer))/;
const DEFENSIVE =
  /(jak juz (mowilismy|pisalismy)|jak wspomnielismy wczesniej|nie ma racji|myli sie|mylicie sie|actually,? you|you are wrong|as we (already )?(said|explained)|with all due respect|calm down|uspokoj|bezpodstawn|unfounded|baseless|nie ma (zadnych )?podstaw)/;
const APOLOGY = /(przeprasz|przykro nam|sorry|apologi[sz]e|we regret)/;
// An apology, or at least acknowledging the person's trouble, where a complaint calls for it.
const ACKNOWLEDGES =
  /(rozumiemy|slyszymy|dziekujemy za (zgloszenie|cierpliwosc|wiadomosc)|we understand|we hear you|thank you for (reporting|your patience|telling us))/;
const NEXT =
  /(co dalej|what comes next|next steps?|zmieniamy|changing|wprowadzamy|we are adding|naliczymy|will be applied|(pytania|questions|szczegoly|details|kontakt|contact)( are welcome)?:|kolejn|nastepn|do \d|w ciagu|jutro|dzisiaj|dzis|wrocimy|odezwiemy|poinformujemy|przekazemy|zajmiemy sie|sprawdz|prosimy o (kontakt|wiadomosc)|odpowie|next|update|within|tomorrow|today|we will|we'll|get back|follow up|by \d|please (contact|send))/;
const TY =
  /(?<![\p{L}])(ty|ciebie|tobie|cie|twoj\p{L}*|piszesz|masz|mozesz|jestes|wiesz|napisz|sprawdz|zadzwon)(?![\p{L}])/u;
const PAN = /(?<![\p{L}])(pan|pani|panstwo|panstwa|panu|pana)(?![\p{L}])/u;
const NEEDS_APOLOGY: TemplateCategory[] = [
  'complaint',
  'refundDelayDefect',
  'dataLeak',
  'employeeMisconduct',
  'healthSafety',
];
const NEEDS_NEXT: TemplateCategory[] = [
  'complaint',
  'refundDelayDefect',
  'scamFraud',
  'dataLeak',
  'employeeMisconduct',
  'legalThreat',
  'healthSafety',
  'rumour',
];
// Phrases a filled variable can leave broken: a case after a preposition that does not fit, a
// preposition twice, "pod adresem" without an address, "o" before a word that is not a time.
const BROKEN = [
  /\bpod adresem (?![\w.-]*[.@/:\d])\p{L}+/u,
  /(?<![\p{L}])(w|we|na|do|od|o|pod|za|przez|z|ze|w ciagu|within|at|on|by|in) \1(?![\p{L}])/u,
  /(?<![\p{L}])o (jutro|dzis|dzisiaj|wkrotce|niedlugo|pozniej)\b/u,
  /(?<![\p{L}])na (strona|stronę|stronie pomocy pod)\b/u,
  /\b(at|within|by) (on|at|in|within) (our|the)\b/,
];
const PREPOSITION = /^(w|we|na|do|od|o|pod|po|przy|u|z|ze|przez|dla|za|nad|przed)\s/;

/** Warnings for a reply about to be inserted. `maxLength` defaults to a comment box's usual limit. */
export function checkReply(text: string, ctx: CheckContext = {}): ReplyWarning[] {
  const t = foldText(text);
  const cats = ctx.categories ?? [];
  const out: ReplyWarning[] = [];
  if (BLAME.test(t)) out.push({ code: 'blame' });
  if (DEFENSIVE.test(t)) out.push({ code: 'defensive' });
  if (ctx.facts) {
    const beyond = detectClaims(text).filter((f) => !ctx.facts!.includes(f));
    if (beyond.length) {
      const sorted = FACTS.filter((f) => beyond.includes(f));
      out.push({ code: 'claimBeyondFacts', facts: sorted });
    }
  }
  const apologises = APOLOGY.test(t);
  if (ctx.legal && apologises) out.push({ code: 'admission' });
  // Called for when the comment's main point is the person's own trouble; not for a rumour, a legal
  // threat or a plain question, and not for an incident the team has not confirmed (that apology
  // would confirm it).
  const main = cats[0];
  const unconfirmedIncident =
    (main === 'dataLeak' || main === 'healthSafety') &&
    ctx.facts !== undefined &&
    !ctx.facts.includes('incident-confirmed');
  const callsForApology =
    main !== undefined && NEEDS_APOLOGY.includes(main) && !ctx.legal && !ctx.rumour && !unconfirmedIncident;
  if (callsForApology && !apologises && !ACKNOWLEDGES.test(t)) out.push({ code: 'noApology' });
  if (cats.some((c) => NEEDS_NEXT.includes(c)) && !NEXT.test(t)) out.push({ code: 'noNextStep' });
  if (TY.test(t) && PAN.test(t)) out.push({ code: 'mixedAddress' });
  const left = unfilledVariables(text);
  if (left.length) out.push({ code: 'unfilled', items: left.map((n) => `{{${n}}}`) });
  const broken = new Set<string>();
  for (const s of ctx.slots ?? []) {
    // A form after a preposition-less slot ("jesteśmy do dyspozycji {{contact:loc}}") needs a phrase that brings its own preposition.
    if (s.form && s.form !== 'nom' && s.form !== 'acc' && s.value.trim() && !PREPOSITION.test(foldText(s.value.trim())))
      broken.add(`{{${s.name}}} = "${s.value.trim()}"`);
  }
  for (const re of BROKEN) {
    const m = re.exec(t);
    if (m) broken.add(`"${m[0]}"`);
  }
  if (broken.size) out.push({ code: 'brokenPhrase', items: [...broken] });
  if (text.length > (ctx.maxLength ?? 1_500)) out.push({ code: 'tooLong' });
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12 && letters === letters.toUpperCase()) out.push({ code: 'shouting' });
  return out;
}
