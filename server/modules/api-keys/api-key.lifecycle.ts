// An API key is ACTIVE until revoked (its state is derived from revokedAt; expiry is checked at each use).
import { Lifecycle } from '../../core/lifecycle';
import { ApiKey } from './api-key.entity';

export enum ApiKeyState {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}

export const apiKeyLifecycle = new Lifecycle(
  'ApiKey',
  { revoke: { from: [ApiKeyState.ACTIVE], to: ApiKeyState.REVOKED } },
  {
    entity: () => ApiKey,
    states: ApiKeyState,
    initial: [ApiKeyState.ACTIVE],
    versioned: false,
    stateOf: (k: ApiKey) => (k.revokedAt ? ApiKeyState.REVOKED : ApiKeyState.ACTIVE),
  },
);
