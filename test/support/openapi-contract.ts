// What the OpenAPI document (GET /v1/openapi.json) declares a request may answer: the statuses of
// the operation whose path template and method match the request.

interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
}

/** The declared responses of the operation `method` `path` (a concrete path), or undefined when none matches. */
export function declaredResponses(doc: OpenApi, method: string, path: string) {
  for (const [template, operations] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(path) && operations[method.toLowerCase()]) return operations[method.toLowerCase()]!.responses;
  }
  return undefined;
}
