// Shared validators for inputs.
import { US_STATES } from './identity';

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
export const STATE_CODES: readonly string[] = US_STATES;
