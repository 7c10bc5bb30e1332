// Every operation in an OpenAPI document, read into what a request to it needs.
import type { JsonSchema } from './schema-arbitrary.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** GET, POST…, upper case. */
  method: string;
  /** As the document writes it: `/api/people/{id}`. */
  path: string;
  operationId: string;
  parameters: Parameter[];
  /** The first media type the body may be in, and its schema; null when the operation takes none. */
  body: { contentType: string; schema: JsonSchema; required: boolean } | null;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface OperationObject {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
}

const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.has(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId ?? `${method} ${path}`,
        parameters: operation.parameters ?? [],
        body: bodyOf(operation),
      })),
  );
}

function bodyOf(operation: OperationObject): Operation['body'] {
  const [entry] = Object.entries(operation.requestBody?.content ?? {});
  if (!entry) return null;
  const [contentType, media] = entry;
  return {
    contentType,
    schema: media.schema ?? {},
    required: operation.requestBody?.required ?? false,
  };
}
