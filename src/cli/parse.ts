import type { z } from 'zod';
import { UsageError } from './runtime.ts';

/**
 * Checks CLI flags with the API's own schema. `fields` maps each schema field to its flag, so a bad
 * value is reported by the flag the user typed, with the schema's reason.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  flags: Record<string, string | boolean | undefined>,
  fields: Record<string, string>,
  extra: Record<string, unknown> = {},
): z.infer<S> {
  const raw: Record<string, unknown> = { ...extra };
  for (const [field, flag] of Object.entries(fields)) {
    const value = flags[flag];
    if (value === true) throw new UsageError(`--${flag} needs a value`);
    if (value !== undefined) raw[field] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    const name = fields[field] ? `--${fields[field]}` : i.path.join('.') || '(input)';
    return `  ${name}: ${i.message}`;
  });
  throw new UsageError(`invalid input:\n${lines.join('\n')}`);
}

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}
