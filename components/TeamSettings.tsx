import { useState } from 'react';
import { useTeamState } from '@/lib/team/use-team';
import { joinTeam, leaveTeam, planJoin } from '@/lib/team/join';
import { tt } from '@/lib/team/strings';

/** Settings section: join a team (server address + token, what is shared) or leave it. */
export function TeamSettings({ lang, say }: { lang: 'pl' | 'en'; say(message: string): void }) {
  const { config } = useTeamState();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  if (config === undefined) return null;
  const role = (r: 'agent' | 'lead') => tt(lang, r === 'lead' ? 'role_lead' : 'role_agent');
  if (config) {
    return (
      <section className="team-settings" aria-label={tt(lang, 'title')}>
        <h2>{tt(lang, 'title')}</h2>
        <p>{tt(lang, 'member', { team: config.team, name: config.name, role: role(config.role) })}</p>
        <p className="hint">{tt(lang, 'shared')}</p>
        <button
          type="button"
          onClick={() =>
            void leaveTeam(config).then(
              () => say(tt(lang, 'left')),
              (e: unknown) => say(String(e)),
            )
          }
        >
          {tt(lang, 'leave')}
        </button>
      </section>
    );
  }
  const plan = url.trim() && token.trim() ? planJoin(url, token) : null;
  return (
    <section className="team-settings" aria-label={tt(lang, 'title')}>
      <h2>{tt(lang, 'title')}</h2>
      <p>{tt(lang, 'intro')}</p>
      <p className="hint">{tt(lang, 'shared')}</p>
      <label>
        {tt(lang, 'server')}
        <input
          type="url"
          value={url}
          placeholder={tt(lang, 'server_hint')}
          onChange={(e) => setUrl(e.target.value)}
          spellCheck={false}
        />
      </label>
      <label>
        {tt(lang, 'token')}
        <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
      </label>
      {plan && 'problem' in plan ? <p role="alert">{tt(lang, plan.problem)}</p> : null}
      {plan && 'config' in plan ? (
        <p>
          {tt(lang, 'joining_as', { team: plan.config.team, name: plan.config.name, role: role(plan.config.role) })}
        </p>
      ) : null}
      <button
        type="button"
        disabled={busy || !plan || 'problem' in plan}
        onClick={() => {
          setBusy(true);
          // Straight from the click: the browser shows its permission prompt only inside a user gesture.
          joinTeam(url, token)
            .then((r) =>
              say(r.ok ? tt(lang, 'joined', { team: r.config.team }) : tt(lang, r.problem, { host: r.host ?? '' })),
            )
            .catch((e: unknown) => say(String(e)))
            .finally(() => setBusy(false));
        }}
      >
        {tt(lang, 'join')}
      </button>
    </section>
  );
}
