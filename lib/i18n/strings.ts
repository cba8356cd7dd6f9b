/**
 * UI strings in English and Polish. Keys are shared; the Polish table must have every key
 * (a unit test checks both tables have the same keys).
 */
export const en = {
  severity_low: 'Low risk',
  severity_medium: 'Medium risk',
  severity_high: 'High risk',
  severity_critical: 'Critical',
  badge_reasons: 'Why flagged',
  badge_open: 'Click to open in Stormwatch',
  thread_heated: 'Heated thread',
  thread_escalating: 'Escalating thread',
  thread_crisis: 'Crisis thread',
  thread_calm: 'Calm thread',
  updated_reload: 'Stormwatch was updated: reload this tab to keep scanning.',
} as const;

export type StringKey = keyof typeof en;

export const pl: Record<StringKey, string> = {
  severity_low: 'Niskie ryzyko',
  severity_medium: 'Średnie ryzyko',
  severity_high: 'Wysokie ryzyko',
  severity_critical: 'Krytyczne',
  badge_reasons: 'Dlaczego oznaczono',
  badge_open: 'Kliknij, aby otworzyć w Stormwatch',
  thread_heated: 'Gorąca dyskusja',
  thread_escalating: 'Eskalujący wątek',
  thread_crisis: 'Wątek kryzysowy',
  thread_calm: 'Spokojny wątek',
  updated_reload: 'Stormwatch został zaktualizowany: odśwież kartę, aby dalej skanować.',
};

export type UiLanguage = 'pl' | 'en';

/** Resolve 'auto' against the browser's language. */
export function resolveLanguage(pref: 'auto' | UiLanguage, browserLang: string | undefined): UiLanguage {
  if (pref !== 'auto') return pref;
  return browserLang?.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

/** Look up a string. */
export function t(lang: UiLanguage, key: StringKey): string {
  return (lang === 'pl' ? pl : en)[key];
}
