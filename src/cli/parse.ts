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

/**
 * `parseWith` for a command done by someone: the flag naming them (`--by`, `--agent`) is required
 * (over HTTP it defaults to the signed-in person; at the terminal, the operator says who acts).
 */
export function parseActing<S extends z.ZodType, K extends string>(
  schema: S,
  flags: Record<string, string | boolean | undefined>,
  fields: Record<string, string> & Record<K, string>,
  actor: K,
  extra: Record<string, unknown> = {},
): Omit<z.infer<S>, K> & Record<K, string> {
  const input = parseWith(schema, flags, fields, extra) as Record<string, unknown>;
  const value = input[actor];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`give --${fields[actor]}: who does this`);
  return input as Omit<z.infer<S>, K> & Record<K, string>;
}

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}
