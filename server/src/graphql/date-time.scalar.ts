import { GraphQLScalarType, Kind, TokenKind, type Token, type ValueNode } from 'graphql';
import { AppError } from '../common/app-error.js';
import { parseDateTime } from '../common/input-values.js';

/**
 * The field a literal value is written for, read back from the document's tokens
 * (`from: "…"`, `work: ["…", "…"]`): the name before the nearest enclosing colon.
 */
function literalField(node: ValueNode): string {
  let depth = 0;
  for (let token: Token | null = node.loc?.startToken.prev ?? null; token; token = token.prev) {
    if (token.kind === TokenKind.BRACKET_R || token.kind === TokenKind.BRACE_R) depth++;
    else if (token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.BRACE_L)
      depth = Math.max(0, depth - 1);
    else if (token.kind === TokenKind.COLON && depth === 0) {
      return token.prev?.kind === TokenKind.NAME ? (token.prev.value ?? 'DateTime') : 'DateTime';
    }
  }
  return 'DateTime';
}

function instant(value: unknown, field: string): Date {
  const date = typeof value === 'string' ? parseDateTime(value) : null;
  if (!date) throw AppError.validation({ field, rule: 'invalid' });
  return date;
}

/**
 * DateTime: an RFC 3339 date-time with its offset in, an ISO string at UTC out. Unlike the
 * default scalar, which takes whatever JavaScript's date parsing makes of a string ("not a date" included),
 * it refuses anything that is not a real instant (see parseDateTime) with a VALIDATION error.
 * Variables never get this far with a bad value: the input guard refuses them first, naming
 * the field by its path.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  // As the default scalar: a Date goes out as ISO at UTC.
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: (value) => instant(value, 'DateTime'),
  parseLiteral: (node) => instant(node.kind === Kind.STRING ? node.value : null, literalField(node)),
});
