import type { TeamSnapshot } from '@/lib/team/client';
import type { TeamConfig } from '@/lib/team/types';
import { useT } from '@/lib/i18n/react';

/** One line under the tabs while in a team: who you are, the connection, what waits to sync. */
export function TeamStatus({ config, snapshot }: { config: TeamConfig; snapshot: TeamSnapshot | null }) {
  const t = useT();
  const state = snapshot?.state ?? 'connecting';
  const pending = snapshot?.pending ?? 0;
  return (
    <p className={`notice team-status team-${state}`} role="status" aria-label={t('team_title')}>
      <span>
        {t('team_member', {
          team: config.team,
          name: config.name,
          role: t(config.role === 'lead' ? 'team_role_lead' : 'team_role_agent'),
        })}
      </span>
      {' · '}
      <span className="team-state">{t(`team_state_${state}`)}</span>
      {state !== 'refused' ? (
        <span className="team-pending">
          {' '}
          · {pending > 0 ? t('team_pending', { n: pending }) : t('team_all_synced')}
        </span>
      ) : null}
    </p>
  );
}
