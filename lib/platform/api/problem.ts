// RFC 9457 problem details for every API error; stack traces and SQL never leave the server.
import { z } from 'zod';
import { isAppError } from '@/lib/platform/errors';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Record<string, string[]>;
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(status: number, detail?: string, errors?: Record<string, string[]>): Response {
  const body: Problem = {
    type: `https://httpstatuses.io/${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
  return Response.json(body, { status, headers: { 'content-type': 'application/problem+json' } });
}

export function validationProblem(error: z.ZodError): Response {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (errors[key] ??= []).push(issue.message);
  }
  return problem(400, 'The request has invalid parameters.', errors);
}

/** Wraps a route handler: typed errors become their status, anything else a bare 500. */
export function apiHandler<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof z.ZodError) return validationProblem(error);
      if (isAppError(error))
        return problem(error.status, error.message, error.fieldErrors as Record<string, string[]> | undefined);
      console.error('Unhandled API error', error);
      return problem(500, 'An unexpected error occurred.');
    }
  };
}
