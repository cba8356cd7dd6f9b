/** The reply library's records. Plain data, stored in Dexie and exported as JSON. */
import type { CrisisSignal } from '@/lib/risk/types';
import type { Fact } from './facts';

export const TONES = ['empathetic', 'apologetic', 'formal', 'friendly', 'informative', 'firm'] as const;
export type Tone = (typeof TONES)[number];

/** Crisis signals (without brandMention) plus question, praise, update and toxic (do-not-engage / firm replies). */
export type TemplateCategory = Exclude<CrisisSignal, 'brandMention'> | 'question' | 'praise' | 'update' | 'toxic';

/** Every template category, in the order the editor and the library filter list them. */
export const TEMPLATE_CATEGORIES = [
  'complaint',
  'refundDelayDefect',
  'scamFraud',
  'dataLeak',
  'employeeMisconduct',
  'legalThreat',
  'boycott',
  'healthSafety',
  'rumour',
  'question',
  'praise',
  'update',
  'toxic',
] as const satisfies readonly TemplateCategory[];

import type { CrisisStage } from './stages';
export { CRISIS_STAGES, type CrisisStage } from './stages';

export type TemplateStatus = 'draft' | 'approved' | 'retired';

/** Polish grammatical cases a variable can be written in (`{{contact:loc}}` in a body). */
export const VARIABLE_FORMS = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'] as const;
export type VariableForm = (typeof VARIABLE_FORMS)[number];

export interface TemplateVariable {
  name: string;
  /** A full phrase that reads right where the variable stands (not a bare noun). */
  default?: string;
  /** The default in the cases the body asks for, e.g. `{ loc: 'na naszej stronie pomocy' }`. */
  forms?: Partial<Record<VariableForm, string>>;
}

export interface ReplyTemplate {
  id: string;
  title: string;
  body: string;
  language: 'pl' | 'en';
  tone: Tone;
  categories: TemplateCategory[];
  stage?: CrisisStage;
  /**
   * Facts the reply asserts (incident confirmed, cause known, fixed, compensation). It is
   * suggested only when all are declared for the incident; missing on templates stored before
   * claims existed (then they are read from the body, see claims.ts).
   */
  claims?: Fact[];
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
