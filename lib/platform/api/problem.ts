// RFC 9457 problem details for every API error: the error's stable `code`, a `type` URI per code (its
// entry in the OpenAPI document), an English `detail` from the message catalogue, and the field and
// parameters where the error has them. Stack traces and SQL never leave the server.
import { z } from 'zod';
import { errorTypeUri, type ErrorCode } from '@/lib/platform/error-codes';
import { AppError, isAppError } from '@/lib/platform/errors';
import { english, errorText, fieldErrorTexts, invalidRequest } from '@/lib/platform/error-text';

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  /** The input field the error concerns. */
  field?: string;
  /** The values the detail names (e.g. the quantity still available). */
  params?: Record<string, string | number>;
  /** Messages per field (validation). */
  errors?: Record<string, string[]>;
};

export const PROBLEM_TITLES: Record<number, string> = {
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

/** The problem details of a typed error. */
export function problemOf(error: AppError): Problem {
  const errors = fieldErrorTexts(english, error);
  return {
    type: errorTypeUri(error.code),
    title: PROBLEM_TITLES[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: errorText(english, error),
    ...(error.field ? { field: error.field } : {}),
    ...(error.params ? { params: error.params } : {}),
    ...(errors ? { errors } : {}),
  };
}

export function problemResponse(error: AppError): Response {
  return Response.json(problemOf(error), {
    status: error.status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

export const validationProblem = (error: z.ZodError): Response => problemResponse(invalidRequest(error));

/** Wraps a route handler: typed errors become their status, anything else a bare 500. */
export function apiHandler<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof z.ZodError) return validationProblem(error);
      if (isAppError(error)) return problemResponse(error);
      console.error('Unhandled API error', error);
      return problemResponse(new AppError('server.error'));
    }
  };
}
