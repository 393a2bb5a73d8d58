import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/** The zod schema as an OpenAPI 3.1 (JSON Schema) object: one definition for validation and docs. */
export function openApiSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return json;
}

/** Documents a request body from its zod schema. */
export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: openApiSchema(schema) });
}

/** Documents each query parameter of a zod object schema, required where the schema requires it. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const json = openApiSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return applyDecorators(
    ...Object.entries(properties).map(([name, property]) =>
      ApiQuery({ name, required: required.has(name), schema: property, description: typeof property.description === 'string' ? property.description : undefined }),
    ),
  );
}
