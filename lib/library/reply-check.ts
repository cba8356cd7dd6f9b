/**
 * The reply checker, along the reply rules (docs/ARCHITECTURE.md): a reply does not shift blame, is
 * not defensive, apologises and says what comes next where the situation calls for it, addresses
 * the reader one way in Polish (never "ty" and "Pan/Pani" together), has every variable filled,
 * fits the platform and does not shout. Pure; each warning says why in Polish and English.
 */
import type { TemplateCategory } from './types';
import { unfilledVariables } from './variables';

export interface ReplyWarning {
  code: 'blame' | 'defensive' | 'noApology' | 'noNextStep' | 'mixedAddress' | 'unfilled' | 'tooLong' | 'shouting';
  en: string;
  pl: string;
}

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');
const BLAME = /(nie nasza wina|to nie my|to wina|winn[ya] (jest|sa)|wina (kuriera|dostawcy|banku|klienta|operatora)|przez (kuriera|dostawce|bank)|not our fault|it'?s not us|blame|fault of (the )?(courier|supplier|bank|customer)|caused by (the )?(courier|supplier|customer))/;
const DEFENSIVE = /(jak juz (mowilismy|pisalismy)|jak wspomnielismy wczesniej|nie ma racji|myli sie|mylicie sie|actually,? you|you are wrong|as we (already )?(said|explained)|with all due respect|calm down|uspokoj)/;
const APOLOGY = /(przeprasz|przykro nam|sorry|apologi[sz]e|we regret)/;
const NEXT = /(kolejn|nastepn|do \d|w ciagu|jutro|dzisiaj|wrocimy|odezwiemy|poinformujemy|przekazemy|zajmiemy sie|sprawdz|next|update|within|tomorrow|today|we will|we'll|get back|follow up|by \d)/;
const TY = /(?<![\p{L}])(ty|ciebie|tobie|cie|twoj\p{L}*|piszesz|masz|mozesz|jestes|wiesz|napisz|sprawdz|zadzwon)(?![\p{L}])/u;
const PAN = /(?<![\p{L}])(pan|pani|panstwo|panstwa|panu|pana)(?![\p{L}])/u;
const NEEDS_APOLOGY: TemplateCategory[] = ['complaint', 'refundDelayDefect', 'dataLeak', 'employeeMisconduct', 'healthSafety'];
const NEEDS_NEXT: TemplateCategory[] = ['complaint', 'refundDelayDefect', 'scamFraud', 'dataLeak', 'employeeMisconduct', 'legalThreat', 'healthSafety', 'rumour'];

/** Warnings for a reply about to be inserted. `maxLength` defaults to a comment box's usual limit. */
export function checkReply(text: string, ctx: { categories?: readonly TemplateCategory[]; maxLength?: number } = {}): ReplyWarning[] {
  const t = fold(text);
  const cats = ctx.categories ?? [];
  const out: ReplyWarning[] = [];
  if (BLAME.test(t)) out.push({ code: 'blame', en: 'Shifts blame: the playbook says never blame other people or institutions.', pl: 'Przerzuca winę: zasady mówią, by nie obwiniać innych osób ani instytucji.' });
  if (DEFENSIVE.test(t)) out.push({ code: 'defensive', en: 'Sounds defensive: stay open and polite.', pl: 'Brzmi defensywnie: zachowaj otwartość i uprzejmość.' });
  if (cats.some((c) => NEEDS_APOLOGY.includes(c)) && !APOLOGY.test(t)) out.push({ code: 'noApology', en: 'No apology, though the situation calls for one.', pl: 'Brak przeprosin, choć sytuacja ich wymaga.' });
  if (cats.some((c) => NEEDS_NEXT.includes(c)) && !NEXT.test(t)) out.push({ code: 'noNextStep', en: 'Says no next step: tell what happens next and when.', pl: 'Brak kolejnego kroku: napisz, co będzie dalej i kiedy.' });
  if (TY.test(t) && PAN.test(t)) out.push({ code: 'mixedAddress', en: 'Mixes "ty" and "Pan/Pani": address the reader one way.', pl: 'Miesza „ty” z „Pan/Pani”: zwracaj się w jeden sposób.' });
  const left = unfilledVariables(text);
  if (left.length) out.push({ code: 'unfilled', en: `Unfilled: ${left.map((n) => `{{${n}}}`).join(', ')}`, pl: `Niewypełnione: ${left.map((n) => `{{${n}}}`).join(', ')}` });
  if (text.length > (ctx.maxLength ?? 1_500)) out.push({ code: 'tooLong', en: 'Too long for a comment reply.', pl: 'Za długie na odpowiedź w komentarzu.' });
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12 && letters === letters.toUpperCase()) out.push({ code: 'shouting', en: 'ALL CAPS reads as shouting.', pl: 'WIELKIE LITERY brzmią jak krzyk.' });
  return out;
}
