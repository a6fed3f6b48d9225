import { z } from './zod';
import { API_PREFIX, endpoints } from './endpoints';
import { Problem } from './problem';
import type { Endpoint } from './endpoint';

type JsonSchema = Record<string, unknown>;

function schemaOf(type: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Coercions and transforms have no JSON Schema form; `any` keeps their input side documented as loosely as it is.
  const { $schema: _drop, ...rest } = z.toJSONSchema(type, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return rest;
}

function parametersOf(ep: Endpoint) {
  const params: JsonSchema[] = [];
  const pathShape = (ep.params as z.ZodObject).shape as Record<string, z.ZodType>;
  for (const [name, type] of Object.entries(pathShape)) {
    params.push({ name, in: 'path', required: true, schema: schemaOf(type, 'input') });
  }
  const queryShape = (ep.query as z.ZodObject).shape as Record<string, z.ZodType>;
  for (const [name, type] of Object.entries(queryShape)) {
    params.push({ name, in: 'query', required: !type.safeParse(undefined).success, schema: schemaOf(type, 'input') });
  }
  return params;
}

const problemResponse = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };

/** The OpenAPI 3.1 document, generated from the one contract (never edited by hand). */
export function buildOpenApi(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, ep] of Object.entries(endpoints) as [string, Endpoint][]) {
    const path = API_PREFIX + ep.path.replace(/:(\w+)/g, '{$1}');
    const op: Record<string, unknown> = {
      operationId: name,
      summary: ep.summary,
      tags: [ep.tag],
      parameters: parametersOf(ep),
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema: schemaOf(ep.response, 'output') } } },
        '400': problemResponse,
        ...(ep.minRole ? { '401': problemResponse, '403': problemResponse } : {}),
        ...(ep.path.includes(':id') ? { '404': problemResponse } : {}),
        ...(ep.versioned ? { '409': problemResponse } : {}),
      },
      ...(ep.minRole ? { security: [{ session: [] }], 'x-min-role': ep.minRole } : { security: [] }),
    };
    if (ep.method !== 'GET') {
      op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(ep.body, 'input') } } };
    }
    paths[path] = { ...paths[path], [ep.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sharegraph governance API',
      version,
      description: 'Connection inventory, sharing graph, findings and triage. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Problem: schemaOf(Problem, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sg_session' } },
    },
    paths,
  };
}
