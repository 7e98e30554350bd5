/**
 * The checks of validate-option.ts as zod schemas, so a command declares its options once and its
 * handler receives them typed. Problems read "`name`: must not be empty".
 */
import { z } from 'zod';
import { checkChoice, checkFeedUrl, checkInteger, checkText, type Checked, type TextRules } from './validate-option';

/** A required option checked by `check`; add `.optional()` for an optional one. */
export function option<T>(check: (value: unknown) => Checked<T>) {
  return z.unknown().transform((value, ctx): T => {
    const result: Checked<T> = value === undefined || value === null ? { ok: false, problem: 'is required' } : check(value);
    if (result.ok) return result.value;
    ctx.issues.push({ code: 'custom', message: result.problem, input: value });
    return z.NEVER;
  });
}

/** Every problem zod found, one line each, naming the option. */
export function describeOptionProblems(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const name = issue.path.map(String).join('.');
    // A value the schema does not know at all (a missing subcommand, say) has no option name.
    return name ? `\`${name}\` ${issue.message}` : issue.message;
  });
  return lines.join('\n');
}

export const textOption = (rules: TextRules) => option((value) => checkText(value, rules));
export const integerOption = (range: { min: number; max: number }) => option((value) => checkInteger(value, range));
export const feedUrlOption = () => option(checkFeedUrl);
export const choiceOption = <T extends string>(choices: readonly T[]) => option((value) => checkChoice(value, choices));

/** Hours back a listing or digest covers: up to 31 days, as the digest setting allows. */
export const MAX_HOURS = 24 * 31;
export const hoursOption = () => integerOption({ min: 1, max: MAX_HOURS });
