// The one refusal rule (DESIGN section 3):
//   - an object the caller cannot see is NOT_FOUND, identical to a random id (`visible`);
//   - an object it can see, with an action it may not take, is FORBIDDEN, and `extensions.required` names what
//     is missing: a role (PLATFORM_ADMIN, ORG_ADMIN, ANALYST), a capability (DESIGNATION_AUTHORITY,
//     CLEARINGHOUSE_OPERATOR, DIRECTIVE_ISSUER), or a relationship to the object (REQUIREMENTS below);
//   - a creation without the role or capability is FORBIDDEN the same way;
//   - no credential at all is UNAUTHENTICATED (`signedIn`).
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors';
import type { Viewer } from './viewer';

/** What `extensions.required` may name besides roles and capabilities: the caller's relation to the object. */
export const RELATIONSHIPS = {
  MODEL_DEVELOPER: "a member of the model's developer",
  REVIEWING_AGENCY: 'an analyst of an agency reviewing the window',
  ISSUING_AGENCY: 'an analyst of the issuing agency',
  REPORTING_AGENCY: 'a member of the reporting agency',
  RESPONSIBLE_AGENCY: 'an analyst of the responsible agency',
  DELIVERY_RECIPIENT: 'a member of the receiving organization',
  CLAIM_HOLDER: 'a member of the claiming organization',
  TOOL_DEVELOPER: "a member of the tool's developer, or a government analyst",
  ENTRY_REPORTER: 'a member of the reporting organization while the entry is REPORTED, or a clearinghouse analyst',
  CASE_REQUESTER: 'the developer that requested the case, or the designation authority',
  AI_DEVELOPER: 'a member of an AI developer',
  RECIPIENT: 'a member of a critical-infrastructure recipient',
} as const;

export type Requirement = string;

/**
 * NOT_FOUND, exactly as for a random id. The one way to refuse an object the caller may not see (or that does not
 * exist): the same code, message and shape whichever it is, so that no answer tells them apart.
 */
export function notFound(): never {
  throw new NotFoundError();
}

/** FORBIDDEN, naming in `extensions.required` what is missing. Only for what the caller can see. */
export function forbidden(required: Requirement, message: string): never {
  throw new ForbiddenError(message, { required });
}

/** Narrows the viewer to a signed-in one, or UNAUTHENTICATED. */
export function signedIn(viewer: Viewer): asserts viewer is Viewer & { authenticated: true; organizationId: string } {
  if (!viewer.authenticated) throw new UnauthenticatedError();
}

/** The object, when the caller may see it; otherwise NOT_FOUND, the same as for an id that never existed. */
export function visible<T>(object: T | null | undefined): T {
  if (object === null || object === undefined) notFound();
  return object;
}

/** FORBIDDEN naming what is missing, unless `allowed`. Only for objects (or creations) the caller can see. */
export function allow(allowed: boolean, required: Requirement, message: string): void {
  if (!allowed) forbidden(required, message);
}

/** One condition of an action: FORBIDDEN with `required` when it does not hold for the object. */
export interface Rule<T> {
  allowed: (object: T) => boolean;
  required: Requirement;
  message: string;
}

/**
 * The refusal rule in one call: UNAUTHENTICATED without a credential; NOT_FOUND when the object is missing or
 * hidden (exactly like a random id); FORBIDDEN naming the first rule that does not hold; else the object.
 */
export async function loadForAction<T>(
  viewer: Viewer,
  load: () => Promise<T | null | undefined>,
  ...rules: Rule<T>[]
): Promise<T> {
  signedIn(viewer);
  const object = visible(await load());
  for (const rule of rules) allow(rule.allowed(object), rule.required, rule.message);
  return object;
}

/** `visible` as an assertion, for an object already in hand. */
export function assertVisible<T>(object: T | null | undefined): asserts object is T {
  if (object === null || object === undefined) notFound();
}
