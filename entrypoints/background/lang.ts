/**
 * The interface language for what the background itself shows (the toolbar tooltip, messages about
 * site access): the user's setting, `auto` resolved against the browser's language, as in the panel.
 */
import { settingsItem, withDefaults } from '@/lib/settings';
import { resolveLanguage, translator, type T } from '@/lib/i18n';

/** The translator of the user's interface language (English when the settings cannot be read). */
export async function backgroundT(): Promise<T> {
  const settings = await settingsItem.getValue().then(withDefaults, () => withDefaults(null));
  return translator(resolveLanguage(settings.uiLanguage, globalThis.navigator?.language));
}
