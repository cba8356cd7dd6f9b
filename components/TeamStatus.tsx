import type { TeamSnapshot } from '@/lib/team/client';
import type { TeamConfig } from '@/lib/team/types';
import { tt } from '@/lib/team/strings';

/** One line under the tabs while in a team: who you are, the connection, what waits to sync. */
export function TeamStatus({
  config,
  snapshot,
  lang,
}: {
  config: TeamConfig;
  snapshot: TeamSnapshot | null;
  lang: 'pl' | 'en';
}) {
  const state = snapshot?.state ?? 'connecting';
  const pending = snapshot?.pending ?? 0;
  return (
    <p className={`notice team-status team-${state}`} role="status" aria-label={tt(lang, 'title')}>
      <span>
        {tt(lang, 'member', {
          team: config.team,
          name: config.name,
          role: tt(lang, config.role === 'lead' ? 'role_lead' : 'role_agent'),
        })}
      </span>
      {' · '}
      <span className="team-state">{tt(lang, `state_${state}`)}</span>
      {state !== 'refused' ? (
        <span className="team-pending">
          {' '}
          · {pending > 0 ? tt(lang, 'pending', { n: pending }) : tt(lang, 'all_synced')}
        </span>
      ) : null}
    </p>
  );
}
