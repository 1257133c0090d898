import { CivicError } from '../../errors/civic-error.js';
import { StoreError } from '../../errors/store-error.js';

/** What a failure was about, for the message ("cannot write", "cannot read …"). */
export interface ErrorContext {
  /** Server address without credentials, e.g. `bolt://127.0.0.1:7687`. */
  uri: string;
  database: string;
}

interface Rule {
  matches(code: string, message: string): boolean;
  message(context: ErrorContext, detail: string): string;
  hint(context: ErrorContext): string;
}

const RULES: Rule[] = [
  {
    matches: (code, message) =>
      code === 'ServiceUnavailable' || code === 'SessionExpired' || /Connection acquisition timed out/.test(message),
    message: ({ uri }, detail) => `Neo4j at ${uri} is unreachable: ${detail}`,
    hint: () =>
      'start Neo4j (local: npm run neo4j:start) and check NEO4J_URI; a neo4j+s:// address needs TLS on the server',
  },
  {
    matches: (code) => code === 'Neo.ClientError.Security.Unauthorized',
    message: ({ uri }) => `Neo4j at ${uri} rejected the user name or password`,
    hint: () => 'check NEO4J_USER and NEO4J_PASSWORD',
  },
  {
    matches: (code) => code === 'Neo.ClientError.Security.AuthenticationRateLimit',
    message: ({ uri }) => `Neo4j at ${uri} blocks logins for a while after too many failed attempts`,
    hint: () => 'fix NEO4J_PASSWORD, then wait a few seconds before trying again',
  },
  {
    matches: (code) => code.startsWith('Neo.ClientError.Security.'),
    message: ({ uri }, detail) => `Neo4j at ${uri} does not allow this: ${detail}`,
    hint: () => 'give the NEO4J_USER account read and write access to the database',
  },
  {
    matches: (code) => code === 'Neo.ClientError.Database.DatabaseNotFound',
    message: ({ uri, database }) => `Neo4j at ${uri} has no database "${database}"`,
    hint: () => 'check NEO4J_DATABASE; Neo4j Community has one user database, "neo4j"',
  },
  {
    matches: (code) => code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'),
    message: ({ uri }, detail) => `a transaction on Neo4j at ${uri} ran out of time: ${detail}`,
    hint: () => 'write smaller batches, or raise db.transaction.timeout on the server',
  },
  {
    matches: (code) => code.startsWith('Neo.TransientError.General.') && /Memory/i.test(code),
    message: ({ uri }, detail) => `Neo4j at ${uri} ran out of memory: ${detail}`,
    hint: () => 'write smaller batches, or give the server more heap (server.memory.heap.max_size)',
  },
  {
    matches: (code) => code === 'Neo.ClientError.Schema.ConstraintValidationFailed',
    message: ({ uri }, detail) => `Neo4j at ${uri} refused a duplicate: ${detail}`,
    hint: () => 'another writer stored the same release or source at the same time; write again',
  },
  {
    matches: (code) => code === 'ProtocolError',
    message: ({ uri }, detail) => `the connection to Neo4j at ${uri} broke: ${detail}`,
    hint: () => 'check that NEO4J_URI points at the Bolt port of a Neo4j 5 server (7687 by default)',
  },
  {
    // Transient errors, and a transaction ended by the server (shutdown, an administrator).
    matches: (code) =>
      code.startsWith('Neo.TransientError.') ||
      code.startsWith('Neo.DatabaseError.') ||
      code.endsWith('.Transaction.Terminated') ||
      code.endsWith('.DatabaseUnavailable') ||
      code === 'Neo.ClientError.Cluster.NotALeader',
    message: ({ uri }, detail) => `Neo4j at ${uri} could not complete the request: ${detail}`,
    hint: () => 'try again; if it persists, check the Neo4j server log',
  },
];

function codeOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns a driver or server failure that an operator can act on into a StoreError with a hint.
 * Anything else (a bug in a query, say) is returned unchanged, to surface as an internal error.
 */
export function mapNeo4jError(error: unknown, context: ErrorContext): unknown {
  // Our own errors (thrown inside a transaction function) pass through as they are.
  if (error instanceof CivicError) return error;
  const code = codeOf(error);
  if (code === undefined) return error;
  const detail = (error as Error).message.split('\n')[0] ?? '';
  const rule = RULES.find((candidate) => candidate.matches(code, detail));
  if (!rule) return error;
  return new StoreError(rule.message(context, detail), { cause: error, hint: rule.hint(context) });
}

/** The URI without user info, for messages and logs. */
export function displayUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
