import { SESSION_COOKIE } from '../auth/staff-sessions';

/** The answer of every refusal (server/http/error-middleware.ts): what went wrong and which fields. */
export const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', examples: ['validation_failed', 'not_found', 'forbidden'] },
        message: { type: 'string' },
        details: {
          description: 'Each field refused and why (422, 400, 409, 413).',
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'issue'],
            properties: {
              field: { type: 'string', description: 'The path of the field, or (body)' },
              issue: { type: 'string' },
            },
          },
        },
        pending: {
          description:
            '409 confirmation_required: what the change would do (e.g. the rounds whose answers it deletes), ' +
            'to show before sending it again confirmed.',
          type: 'object',
        },
      },
    },
  },
} as const;

export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'A staff sign-in (POST /login or single sign-on) sets this cookie.',
  },
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A read-only API token for BI tools (mlb_…), issued by an administrator: GET and HEAD only, ' +
      'as a staff member of its role and scope; never the administration routes.',
  },
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Refusals every route may answer; the success bodies are not described (no schema parses them). */
export const COMMON_RESPONSES = {
  '2XX': { description: 'Done; JSON unless the path names a file type (.csv, .xlsx)' },
  '4XX': errorResponse('Refused: 400 malformed, 401, 403, 404, 409, 413, 422 invalid fields, 429'),
  '5XX': errorResponse('Failed on our side (500) or not available now (503)'),
};
