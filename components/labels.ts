import type { ItemStatus } from '@/lib/db/types';

/** Status names in both UI languages. */
export const STATUS_LABEL: Record<ItemStatus, { en: string; pl: string }> = {
  new: { en: 'New', pl: 'Nowe' },
  inProgress: { en: 'In progress', pl: 'W toku' },
  replied: { en: 'Replied', pl: 'Odpowiedziano' },
  escalated: { en: 'Escalated', pl: 'Eskalowane' },
  resolved: { en: 'Resolved', pl: 'Rozwiązane' },
  dismissed: { en: 'Dismissed', pl: 'Odrzucone' },
};
