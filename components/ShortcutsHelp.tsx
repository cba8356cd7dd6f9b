import { pt, type PanelKey } from '@/lib/i18n/panel';

const ROWS: Array<[string, PanelKey]> = [
  ['j / k', 'shortcut_jk'],
  ['Enter', 'shortcut_enter'],
  ['1 – 5', 'shortcut_screens'],
  ['?', 'shortcut_help'],
  ['Esc', 'shortcut_escape'],
];

/** The list of keyboard shortcuts (opened with `?`). */
export function ShortcutsHelp({ lang, onClose }: { lang: 'pl' | 'en'; onClose(): void }) {
  return (
    <div className="shortcuts" role="dialog" aria-modal="false" aria-label={pt(lang, 'shortcuts_title')}>
      <h2>{pt(lang, 'shortcuts_title')}</h2>
      <dl>
        {ROWS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{pt(lang, what)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" autoFocus onClick={onClose}>
        {pt(lang, 'shortcuts_close')}
      </button>
    </div>
  );
}
