import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import { createSerializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { RequestValidationError } from './problem.ts';

/** Validates with zod and keeps the raw issues, so the error handler can localise each one. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => zodValidator(schema);

/** The validation function of one schema. */
export function zodValidator(schema: z.ZodType) {
  return (data: unknown) => {
    // The input is kept on each issue only so messages can be re-worded per language (it is never echoed).
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };
}

const checkedSerializer = createSerializerCompiler();

/**
 * Responses are plain JSON.stringify in production (the schemas still document them); with
 * `validate` (tests) every response is checked against its schema, so the documents cannot drift.
 */
export function serializerCompiler(validate: boolean): FastifySerializerCompiler<z.ZodType> {
  if (validate) return checkedSerializer as FastifySerializerCompiler<z.ZodType>;
  return () => (data) => JSON.stringify(data);
}
