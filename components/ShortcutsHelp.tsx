import { useT } from '@/lib/i18n/react';
import type { Key } from '@/lib/i18n';

const ROWS: Array<[string, Key]> = [
  ['j / k', 'shortcut_jk'],
  ['↑ / ↓', 'shortcut_arrows'],
  ['Space', 'shortcut_space'],
  ['→ / ←', 'shortcut_group'],
  ['n i r e s x', 'shortcut_status'],
  ['Enter', 'shortcut_enter'],
  ['1 – 5', 'shortcut_screens'],
  ['?', 'shortcut_help'],
  ['Esc', 'shortcut_escape'],
];

/** The list of keyboard shortcuts (opened with `?`). */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const t = useT();
  return (
    <div className="shortcuts" role="dialog" aria-modal="false" aria-label={t('shortcuts_title')}>
      <h2>{t('shortcuts_title')}</h2>
      <dl>
        {ROWS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" autoFocus onClick={onClose}>
        {t('shortcuts_close')}
      </button>
    </div>
  );
}
