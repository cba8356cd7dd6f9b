/**
 * What a reply text asserts, in the facts' vocabulary: that an incident happened, that its cause
 * is known, that it is fixed, that people will be compensated. Used by the reply checker on what
 * the agent wrote, and to infer the claims of templates written before templates declared them.
 * Conservative on purpose: "we are checking" or "if a breach is confirmed" asserts nothing. Pure.
 */
import { FACTS, type Fact } from './facts';

/** Lower case, no diacritics (ł → l), so "usunięta" and "usunieta" read alike. */
export const foldText = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l');

const PATTERNS: Record<Fact, RegExp[]> = {
  'incident-confirmed': [
    /\b(we )?(apologi[sz]e|are sorry|regret) (for|about) (the|this|our) (data (security )?)?(incident|breach|leak|outage|disruption|failure|contamination)/,
    /\b(we )?confirm(ed)? (that )?(there (was|is) )?(a|an|the) (data )?(breach|leak|outage|incident|security incident|contamination|problem)/,
    /\b(customers|users|accounts) (are|were) affected\b/,
    /\b(are|were|is) affected by (a|an|the) (service )?(outage|breach|leak|incident)/,
    /\bthe (outage|breach|leak|incident) (affected|affects|hit)\b/,
    /\bwhat we did: blocked\b/,
    /\b(outage|breach|leak) map\b/,
    /\bprzepraszamy za (to |ten |te )?(naruszenie|wyciek|awari|incydent|zanieczyszczen)/,
    /^\s*(ze )?doszlo do (problemu|naruszeni|wyciek|awari|incydent)/,
    /\bpotwierdzamy,? (ze )?(doszlo|wystapil|nastapil|jest|byl)/,
    /\b(doszlo do|wystapil[ao]?) (naruszeni|wyciek|awari|incydent|problem)/,
    /\busluga nie dziala u\b/,
    /\bmapa (zasiegu )?awarii\b/,
    /\bco zrobilismy: zablokowalismy\b/,
  ],
  'cause-known': [
    /\b(the )?(cause|source|root cause) (has been|was|is) (found|identified|known|fixed|removed)/,
    /\bwe (have )?(found|identified|know) (the )?(cause|source|what caused)/,
    /\bwhat happened: (?!the analysis|we are|we're|still|details)/,
    /\b(has been|was) reviewed and we have acted\b/,
    /\bzostala wyjasniona\b/,
    /\bcaused by (a|an|the) (faulty|bug|failure|update|configuration)/,
    /\bprzyczyn[aey] (zostala |jest |juz )?(ustalon|znalezion|zidentyfikowan|usunieta|znan)/,
    /\b(ustalilismy|znalezlismy|znamy) przyczyn/,
    /\bco sie stalo: (?!trwa|sprawdzamy|analiz|szczegoly)/,
  ],
  fixed: [
    /\b(has been|is|was|now) (fixed|resolved|restored|repaired)\b/,
    /\b(this|it|the (issue|problem|outage|incident)) is (now )?(resolved|fixed|over)\b/,
    /\bservice is (fully |now )?(restored|back)\b/,
    /\bwhat we fixed\b/,
    /\bwe have (already )?changed\b/,
    /\bjuz zmienilismy\b/,
    /\bwe (have )?(fixed|resolved|restored)\b/,
    /\bthe cause has been (fixed|removed)/,
    /\b(zostal[aoy]? |jest juz |juz )?(naprawion|usunie?t[aey]|przywrocon|rozwiazan)/,
    /\b(dziala juz|juz dziala|dziala ponownie|dziala znow)\b/,
    /\bnaprawilismy\b/,
    /\bco naprawilismy\b/,
  ],
  compensation: [
    /\bcompensation\b(?! (is|will be) (being )?(considered|reviewed))/,
    /\b(we will|we'll) (refund|credit|compensate) (all|every|affected)/,
    /\b(a |an )?(credit|discount|refund) for (the|all) (affected|downtime|outage)/,
    /\brekompensat/,
    /\bodszkodowani/,
    /\b(zwrocimy|zwrot) (wszystkim|kazdemu|za czas (awarii|niedostepnosci))/,
  ],
};

// "Is it fixed?" or "if a breach is confirmed" assert nothing; a clause that asks or supposes is skipped.
const HEDGED = /\b(if|whether|once|until|when|czy|jesli|jezeli|gdy|kiedy|dopoki|o ile)\b/;

/** Facts a text asserts. A sentence with a question mark, or a clause opened by "if"/"jeśli", asserts nothing. */
export function detectClaims(text: string): Fact[] {
  const found = new Set<Fact>();
  for (const sentence of foldText(text).split(/(?<=[.!?])\s+|\n+/)) {
    if (sentence.trim().endsWith('?')) continue;
    for (const clause of sentence.split(/[,;–—]\s*/)) {
      if (HEDGED.test(clause)) continue;
      for (const [fact, res] of Object.entries(PATTERNS) as Array<[Fact, RegExp[]]>)
        if (res.some((r) => r.test(clause))) found.add(fact);
    }
  }
  // A fix or a known cause implies the incident happened.
  if (found.size) found.add('incident-confirmed');
  return FACTS.filter((f) => found.has(f));
}
