/** Renders schemas/contract.schema.json from the zod schema (shared by the script and its test). */
import { z } from 'zod';
import { amountSchema, contractSchema, rateSchema } from '../src/contract/schema.js';

export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(contractSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // Amounts and rates are exact decimal strings; editors should flag a number.
    override: (ctx) => {
      if (ctx.zodSchema === amountSchema || ctx.zodSchema === rateSchema) {
        const { description } = ctx.jsonSchema;
        for (const key of Object.keys(ctx.jsonSchema))
          delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, { type: 'string', ...(description ? { description } : {}) });
      }
    },
  });
  const withId = {
    $schema: schema.$schema,
    $id: 'https://github.com/contract-terms/contract-terms/schemas/contract.schema.json',
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
