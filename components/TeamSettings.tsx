import { useState } from 'react';
import { useTeamState } from '@/lib/team/use-team';
import { joinTeam, leaveTeam, planJoin } from '@/lib/team/join';
import { useT } from '@/lib/i18n/react';

/** Settings section: join a team (server address + token, what is shared) or leave it. */
export function TeamSettings({ say }: { say(message: string): void }) {
  const t = useT();
  const { config } = useTeamState();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  if (config === undefined) return null;
  const role = (r: 'agent' | 'lead') => t(r === 'lead' ? 'team_role_lead' : 'team_role_agent');
  if (config) {
    return (
      <section className="team-settings" aria-label={t('team_title')}>
        <h2>{t('team_title')}</h2>
        <p>{t('team_member', { team: config.team, name: config.name, role: role(config.role) })}</p>
        <p className="hint">{t('team_shared')}</p>
        <button
          type="button"
          onClick={() =>
            void leaveTeam(config).then(
              () => say(t('team_left')),
              (e: unknown) => say(String(e)),
            )
          }
        >
          {t('team_leave')}
        </button>
      </section>
    );
  }
  const plan = url.trim() && token.trim() ? planJoin(url, token) : null;
  return (
    <section className="team-settings" aria-label={t('team_title')}>
      <h2>{t('team_title')}</h2>
      <p>{t('team_intro')}</p>
      <p className="hint">{t('team_shared')}</p>
      <label>
        {t('team_server')}
        <input
          type="url"
          value={url}
          placeholder={t('team_server_hint')}
          onChange={(e) => setUrl(e.target.value)}
          spellCheck={false}
        />
      </label>
      <label>
        {t('team_token')}
        <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
      </label>
      {plan && 'problem' in plan ? <p role="alert">{t(`team_${plan.problem}`)}</p> : null}
      {plan && 'config' in plan ? (
        <p>{t('team_joining_as', { team: plan.config.team, name: plan.config.name, role: role(plan.config.role) })}</p>
      ) : null}
      <button
        type="button"
        disabled={busy || !plan || 'problem' in plan}
        onClick={() => {
          setBusy(true);
          // Straight from the click: the browser shows its permission prompt only inside a user gesture.
          joinTeam(url, token)
            .then((r) =>
              say(r.ok ? t('team_joined', { team: r.config.team }) : t(`team_${r.problem}`, { host: r.host ?? '' })),
            )
            .catch((e: unknown) => say(String(e)))
            .finally(() => setBusy(false));
        }}
      >
        {t('team_join')}
      </button>
    </section>
  );
}
