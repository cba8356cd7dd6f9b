/** The stages of a crisis the replies follow: a holding statement, updates, the resolution, thanks. */
export const CRISIS_STAGES = ['holding', 'update', 'resolution', 'thanks'] as const;
export type CrisisStage = (typeof CRISIS_STAGES)[number];
