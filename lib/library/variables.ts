/**
 * Template variables: plain substitution from an allowlist (docs/RELIABILITY.md E4). Built-ins are
 * author, brand, platform, agent and ticket; a template may declare custom ones with defaults.
 * Polish needs the right case after a preposition, so a body may ask for a form:
 * `{{contact:loc}}` takes the variable's `forms.loc` ("na naszej stronie pomocy"); a value the
 * agent typed (`contact` or `contact:loc`) wins over the defaults. Defaults are whole phrases, so
 * the sentence reads right without the agent's help. Unknown or unfilled tokens stay literal, so
 * the reply checker can point at them. No evaluation.
 */
import type { TemplateVariable, VariableForm } from './types';

export const BUILT_IN_VARIABLES = ['author', 'brand', 'platform', 'agent', 'ticket'] as const;
const TOKEN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)(?::(nom|gen|dat|acc|ins|loc))?\s*\}\}/g;

/** Fill the allowed variables of `body` from `values`, then from the custom defaults (in the form asked for). */
export function fillTemplate(
  body: string,
  values: Partial<Record<string, string>>,
  custom: readonly TemplateVariable[] = [],
): string {
  const allowed = new Map<string, TemplateVariable | undefined>(BUILT_IN_VARIABLES.map((n) => [n, undefined]));
  for (const v of custom) allowed.set(v.name, v);
  return body.replace(TOKEN, (whole, name: string, form: VariableForm | undefined) => {
    if (!allowed.has(name)) return whole;
    const v = allowed.get(name);
    const typed = (form ? values[`${name}:${form}`]?.trim() : '') || values[name]?.trim();
    const value = typed || (form ? v?.forms?.[form] : undefined) || v?.default;
    return value ? value : whole;
  });
}

/** Variable names used in a template body (a name once, whatever forms it is used in). */
export function listVariables(body: string): string[] {
  return [...new Set([...body.matchAll(TOKEN)].map((m) => m[1]!))];
}

/** Tokens still left in a text (after filling). */
export function unfilledVariables(text: string): string[] {
  return listVariables(text);
}
