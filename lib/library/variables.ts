/**
 * Template variables: plain substitution from an allowlist (docs/RELIABILITY.md E4). Built-ins are
 * author, brand, platform, agent and ticket; a template may declare custom ones with defaults.
 * Unknown or unfilled tokens stay literal, so the reply checker can point at them. No evaluation.
 */
import type { TemplateVariable } from './types';

export const BUILT_IN_VARIABLES = ['author', 'brand', 'platform', 'agent', 'ticket'] as const;
const TOKEN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Fill the allowed variables of `body` from `values`, then from the custom defaults. */
export function fillTemplate(body: string, values: Partial<Record<string, string>>, custom: readonly TemplateVariable[] = []): string {
  const allowed = new Map<string, string | undefined>(BUILT_IN_VARIABLES.map((n) => [n, undefined]));
  for (const v of custom) allowed.set(v.name, v.default);
  return body.replace(TOKEN, (whole, name: string) => {
    if (!allowed.has(name)) return whole;
    const value = values[name]?.trim() || allowed.get(name);
    return value ? value : whole;
  });
}

/** Variable names used in a template body. */
export function listVariables(body: string): string[] {
  return [...new Set([...body.matchAll(TOKEN)].map((m) => m[1]!))];
}

/** Tokens still left in a text (after filling). */
export function unfilledVariables(text: string): string[] {
  return listVariables(text);
}
