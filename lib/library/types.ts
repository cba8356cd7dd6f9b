/** The reply library's records. Plain data, stored in Dexie and exported as JSON. */
import type { CrisisSignal } from '@/lib/risk/types';

export const TONES = ['empathetic', 'apologetic', 'formal', 'friendly', 'informative', 'firm'] as const;
export type Tone = (typeof TONES)[number];

/** Crisis signals (without brandMention) plus question, praise, update and toxic (do-not-engage / firm replies). */
export type TemplateCategory = Exclude<CrisisSignal, 'brandMention'> | 'question' | 'praise' | 'update' | 'toxic';

export const CRISIS_STAGES = ['holding', 'update', 'resolution', 'thanks'] as const;
export type CrisisStage = (typeof CRISIS_STAGES)[number];

export type TemplateStatus = 'draft' | 'approved' | 'retired';

export interface TemplateVariable {
  name: string;
  default?: string;
}

export interface ReplyTemplate {
  id: string;
  title: string;
  body: string;
  language: 'pl' | 'en';
  tone: Tone;
  categories: TemplateCategory[];
  stage?: CrisisStage;
  tags: string[];
  /** Custom variables with defaults; author, brand, platform, agent and ticket are built in. */
  variables: TemplateVariable[];
  status: TemplateStatus;
  approvedBy?: string;
  approvedAt?: number;
  createdAt: number;
  updatedAt: number;
  usageCount: number;
  lastUsedAt?: number;
  origin: 'default' | 'user' | 'import';
  /** For default templates: the library version that installed it (user edits are never overwritten). */
  defaultVersion?: number;
}
