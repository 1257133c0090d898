import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { CivicError } from '../errors/civic-error.js';

/** Stable error codes in `extensions.code`, besides Apollo's own (GRAPHQL_PARSE_FAILED, …). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  AMBIGUOUS: 'AMBIGUOUS',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TIMEOUT: 'TIMEOUT',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error with a stable code. */
export function apiError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

const EXPOSED = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.STORE_UNAVAILABLE,
  ErrorCode.TIMEOUT,
]);

/** Longest quoted value an error message repeats; longer ones (a 100 KB id) are cut. */
const MAX_QUOTED = 60;
/** Longest message sent; the rest is cut. */
const MAX_MESSAGE = 500;

/** Shortens long quoted values and over-long messages, so an error never echoes a huge input back. */
export function shortMessage(message: string): string {
  const quoted = message.replace(
    /"([^"]{61,})"/g,
    (_, value: string) => `"${value.slice(0, MAX_QUOTED)}…" (${value.length} characters)`,
  );
  return quoted.length > MAX_MESSAGE ? `${quoted.slice(0, MAX_MESSAGE)}…` : quoted;
}

/**
 * True when an error reaches clients only as INTERNAL_SERVER_ERROR: anything that is neither one of
 * our own errors with an exposed code nor a GraphQL error (parse, validation, apiError).
 */
export function isMaskedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof CivicError) return !EXPOSED.has(original.code);
  if (original instanceof GraphQLError) return original.extensions['code'] === ErrorCode.INTERNAL_SERVER_ERROR;
  return true;
}

/**
 * Shapes every error sent to clients: our own errors keep their code and message, GraphQL's
 * own errors pass through, anything else becomes INTERNAL_SERVER_ERROR with no internals.
 * Messages are kept short; armor's limit errors lose their misleading "Syntax Error:" prefix.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof CivicError) {
    const code = EXPOSED.has(original.code) ? original.code : ErrorCode.INTERNAL_SERVER_ERROR;
    const message = code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : shortMessage(original.message);
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    let message = shortMessage(formatted.message);
    // The depth, cost and alias limits are validation rules that word their errors as syntax errors.
    if (extensions['code'] === 'GRAPHQL_VALIDATION_FAILED') message = message.replace(/^Syntax Error: /, '');
    return { ...formatted, message, extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
