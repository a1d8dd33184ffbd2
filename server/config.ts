// Every setting Concord reads, read from the environment once and validated here.
// Nothing else in server/ reads process.env.
import net from 'node:net';
import path from 'node:path';

export type Environment = 'development' | 'production' | 'test';

export interface Config {
  env: Environment;
  port: number;
  host: string;
  /** PostgreSQL URL; when absent Concord runs on embedded PGlite under `dataDir`. */
  databaseUrl?: string;
  /**
   * The schema owner's URL, for migrations. When set, migrations run as this role and the server itself runs as
   * DATABASE_URL's role, granted only INSERT and SELECT on the audit tables.
   */
  databaseOwnerUrl?: string;
  /** Read replicas for TypeORM's replication setting (comma separated URLs). */
  databaseReplicaUrls: string[];
  dataDir: string;
  dbPoolSize: number;
  redisUrl?: string;
  /** Prefix of every Redis channel and key (REDIS_PREFIX), so deployments sharing a Redis stay apart. */
  redisPrefix: string;
  auth: {
    jwtSecret?: string;
    jwksUrl?: string;
    issuer: string;
    audience: string;
    tokenTtlSeconds: number;
  };
  graphql: {
    ide: boolean;
    introspection: boolean;
    fieldSuggestions: boolean;
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    /** Answer reads SQL can answer whole in one statement (graphql/compiled-reads.ts). */
    compiledReads: boolean;
  };
  /** Per-caller budgets: requests per window and query-cost points per hour (GitHub's model). */
  rateLimit: {
    enabled: boolean;
    /** Prefix of the counters' keys (in Redis, shared by replicas of one deployment). */
    keyPrefix: string;
    windowSeconds: number;
    requests: { anonymous: number; signedIn: number };
    costPerHour: { anonymous: number; signedIn: number };
    /** Open graphql-ws connections per viewer (per replica) and subscriptions per connection. */
    socketsPerViewer: number;
    subscriptionsPerSocket: number;
  };
  /** How often open sockets re-check their credential (revocations also reach them at once through events). */
  wsRecheckSeconds: number;
  /** Seconds between WebSocket pings to each subscriber (0 = none), so proxies never see an idle socket. */
  wsKeepAliveSeconds: number;
  /**
   * Browser origins allowed to call the API (CORS), e.g. https://frontend.agency.gov. Empty: same origin only.
   * Credentials are bearer tokens in the Authorization header; cookies are never used, so none are allowed.
   */
  corsOrigins: string[];
  /** Run only the SDK's registered documents for API keys ('api-keys') or for everyone ('all'); 'off' runs any. */
  trustedDocuments: 'off' | 'api-keys' | 'all';
  /** Trust X-Forwarded-For from this many proxies (express `trust proxy`); 0 trusts none. */
  trustProxy: number;
  /** Deadlines for the database, per request. */
  db: {
    statementTimeoutMs: number;
    lockTimeoutMs: number;
    /** How long a request waits for a pooled connection (default 2 s on PostgreSQL, 10 s on the embedded database, whose one connection every request queues for). */
    acquireTimeoutMs?: number;
    connectRetries: number;
    /** With read replicas: a caller reads from the primary for this long after its own write. */
    primaryAfterWriteSeconds: number;
  };
  metrics: {
    /** Serve /metrics on this port (bound to `host`), apart from the API; 0 means any free port, -1 off. */
    port: number;
    host: string;
    /** When set, /metrics is also served on the API port to `Authorization: Bearer <token>`. */
    token?: string;
  };
  audit: {
    /** HMAC key of the audit chain (32+ characters; required in production). */
    hmacKey: string;
  };
  idempotency: {
    /** A claim with no response after this long was abandoned (its request died); a retry may run again. */
    leaseSeconds: number;
    /** Records are kept this long. */
    ttlHours: number;
  };
  /** Load demo data on the first start of an empty database (never in production unless SEED_DEMO_DATA=true). */
  seedDemoData: boolean;
  logLevel: string;
  bodyLimit: string;
  /** Where people reach this Concord (PUBLIC_URL): the links in emails. Default http://localhost:<port>. */
  publicUrl: string;
  /** Concord as a CSAF 2.0 trusted provider (/.well-known/csaf/). */
  csaf: {
    /** Armored OpenPGP private key that signs the documents (CSAF_SIGNING_KEY); without it, a development key. */
    signingKey?: string;
    signingKeyPassphrase?: string;
  };
  /** Notifications: the outbox relay, webhooks, email and reminders (modules/notifications). */
  notifications: {
    /** Run the relay and the senders in this process (NOTIFICATIONS; default on, off under NODE_ENV=test). */
    enabled: boolean;
    /** How often the outbox is read for new events, in ms. */
    pollMs: number;
    /** The first retry's delay; each later one doubles, with jitter (pg-boss's exponential backoff). */
    retryDelaySeconds: number;
    /** Attempts after the first before a message is dead (12 at 30 s: at least 34 hours of retrying). */
    retryLimit: number;
    /** A send not finished after this long (its process died) is tried again, with the same message id. */
    sendLeaseSeconds: number;
    /** How long a webhook receiver has to answer. */
    webhookTimeoutMs: number;
    /** Addresses or CIDR ranges a webhook may point at although private (and only these over plain http). */
    webhookAllowPrivate: string[];
    /** An endpoint failing without a success for this long is disabled and its admins told. */
    webhookDisableAfterSeconds: number;
    /** SMTP server URL (smtp:// or smtps://); without it, mail goes to `mailDir` outside production. */
    smtpUrl?: string;
    mailFrom: string;
    /** The development mailbox: one .eml file per message (MAIL_DIR, default <data dir>/mail). */
    mailDir?: string;
    /** How often reminders are looked for (they also run when the demo clock moves). */
    reminderIntervalSeconds: number;
  };
}

export class ConfigError extends Error {}

const DEV_SECRET = 'concord-development-secret-not-for-production';
/** The audit key outside production when none is set (also what the demo data's webhook secret is sealed with). */
export const DEV_AUDIT_KEY = 'concord-development-audit-key-not-for-production';

/**
 * A password given apart from its URL (DATABASE_PASSWORD, DATABASE_OWNER_PASSWORD) is put into the URL encoded, so
 * any character may be in it; written into a URL by hand, `@`, `/`, `#` or `%` would break it.
 */
function withPassword(databaseUrl: string | undefined, password: string | undefined): string | undefined {
  if (!databaseUrl || !password) return databaseUrl;
  const u = new URL(databaseUrl);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** BODY_LIMIT in bytes, or with kb/mb (as the proxy in deploy/ reads it too): "4194304", "512kb", "4mb". */
function bodyLimit(value: string | undefined): string {
  const v = (value ?? '').trim() || '4mb';
  if (!/^\d+(kb|mb)?$/i.test(v))
    throw new ConfigError(`BODY_LIMIT must be bytes, or a number with kb or mb, got "${v}"`);
  return v.toLowerCase();
}

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function int(
  name: string,
  value: string | undefined,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${value}"`);
  }
  return n;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** A comma-separated list of IP addresses or CIDR ranges. */
function addressList(name: string, value: string | undefined): string[] {
  const items = (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const item of items) {
    const [addr, bits, extra] = item.split('/');
    const family = net.isIP(addr);
    const max = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max)))
      throw new ConfigError(`${name} must list IP addresses or CIDR ranges, got "${item}"`);
  }
  return items;
}

function atLeast(name: string, value: string, length: number): string {
  if (value.length < length) throw new ConfigError(`${name} must be at least ${length} characters`);
  return value;
}

function url(name: string, value: string | undefined, protocols: string[]): string | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}`);
  }
  return value;
}

/** Builds the configuration from an environment (process.env by default); throws ConfigError with a clear message. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const envName = (source.NODE_ENV ?? 'development') as Environment;
  if (!['development', 'production', 'test'].includes(envName)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${envName}"`);
  }
  const production = envName === 'production';
  const jwtSecret = source.JWT_SECRET || (production ? undefined : DEV_SECRET);
  const jwksUrl = url('JWT_JWKS_URL', source.JWT_JWKS_URL, ['https:', 'http:']);
  if (production) {
    const missing: string[] = [];
    if (!jwtSecret && !jwksUrl) missing.push('JWT_SECRET or JWT_JWKS_URL');
    if (!source.JWT_ISSUER) missing.push('JWT_ISSUER');
    if (!source.JWT_AUDIENCE) missing.push('JWT_AUDIENCE');
    if (missing.length) {
      throw new ConfigError(`NODE_ENV=production needs ${missing.join(', ')} to be set; refusing to start`);
    }
    if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
    if (!source.AUDIT_HMAC_KEY)
      throw new ConfigError(
        'NODE_ENV=production needs AUDIT_HMAC_KEY (32+ characters) to key the audit chain; refusing to start',
      );
    // Never a silent fallback to the embedded database: it is one process's files, not a shared database.
    if (!source.DATABASE_URL && !bool('EMBEDDED_DATABASE', source.EMBEDDED_DATABASE, false))
      throw new ConfigError(
        'NODE_ENV=production needs DATABASE_URL (a PostgreSQL URL), or EMBEDDED_DATABASE=true to run on the embedded database; refusing to start',
      );
  }
  const ide = bool('GRAPHQL_IDE', source.GRAPHQL_IDE, !production);
  const redisPrefix = source.REDIS_PREFIX || 'concord';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(redisPrefix))
    throw new ConfigError(
      `REDIS_PREFIX must be 1 to 64 letters, digits, dots, dashes or underscores, got "${redisPrefix}"`,
    );
  const config: Config = {
    env: envName,
    port: int('PORT', source.PORT, 4000, 0, 65535),
    host: source.HOST || '0.0.0.0',
    databaseUrl: withPassword(
      url('DATABASE_URL', source.DATABASE_URL, ['postgres:', 'postgresql:']),
      source.DATABASE_PASSWORD,
    ),
    databaseOwnerUrl: withPassword(
      url('DATABASE_OWNER_URL', source.DATABASE_OWNER_URL, ['postgres:', 'postgresql:']),
      source.DATABASE_OWNER_PASSWORD,
    ),
    databaseReplicaUrls: (source.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((u, i) => url(`DATABASE_REPLICA_URLS[${i}]`, u, ['postgres:', 'postgresql:'])!),
    dataDir: path.resolve(source.CONCORD_DATA_DIR || '.data'),
    dbPoolSize: int('DB_POOL_SIZE', source.DB_POOL_SIZE, 10, 1, 500),
    redisUrl: url('REDIS_URL', source.REDIS_URL, ['redis:', 'rediss:']),
    redisPrefix: redisPrefix,
    auth: {
      jwtSecret,
      jwksUrl,
      issuer: source.JWT_ISSUER || 'concord-dev',
      audience: source.JWT_AUDIENCE || 'concord',
      tokenTtlSeconds: int('JWT_TTL_SECONDS', source.JWT_TTL_SECONDS, 8 * 3600, 60, 30 * 24 * 3600),
    },
    graphql: {
      ide,
      introspection: bool('GRAPHQL_INTROSPECTION', source.GRAPHQL_INTROSPECTION, !production || ide),
      fieldSuggestions: bool('GRAPHQL_FIELD_SUGGESTIONS', source.GRAPHQL_FIELD_SUGGESTIONS, !production),
      maxDepth: int('GRAPHQL_MAX_DEPTH', source.GRAPHQL_MAX_DEPTH, 12, 2, 100),
      maxAliases: int('GRAPHQL_MAX_ALIASES', source.GRAPHQL_MAX_ALIASES, 30, 1, 1000),
      maxTokens: int('GRAPHQL_MAX_TOKENS', source.GRAPHQL_MAX_TOKENS, 5000, 100, 100000),
      maxCost: int('GRAPHQL_MAX_COST', source.GRAPHQL_MAX_COST, 50000, 10, 10_000_000),
      compiledReads: bool('GRAPHQL_COMPILED_READS', source.GRAPHQL_COMPILED_READS, true),
    },
    rateLimit: {
      enabled: bool('RATE_LIMIT_ENABLED', source.RATE_LIMIT_ENABLED, true),
      keyPrefix: source.RATE_LIMIT_KEY_PREFIX || redisPrefix,
      windowSeconds: int('RATE_LIMIT_WINDOW_SECONDS', source.RATE_LIMIT_WINDOW_SECONDS, 60, 1, 86400),
      requests: {
        anonymous: int('RATE_LIMIT_ANONYMOUS_REQUESTS', source.RATE_LIMIT_ANONYMOUS_REQUESTS, 120, 1),
        signedIn: int('RATE_LIMIT_REQUESTS', source.RATE_LIMIT_REQUESTS, 1200, 1),
      },
      costPerHour: {
        anonymous: int('RATE_LIMIT_ANONYMOUS_COST_PER_HOUR', source.RATE_LIMIT_ANONYMOUS_COST_PER_HOUR, 500_000, 1),
        signedIn: int('RATE_LIMIT_COST_PER_HOUR', source.RATE_LIMIT_COST_PER_HOUR, 5_000_000, 1),
      },
      socketsPerViewer: int('WS_MAX_CONNECTIONS_PER_VIEWER', source.WS_MAX_CONNECTIONS_PER_VIEWER, 20, 1, 10000),
      subscriptionsPerSocket: int(
        'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION',
        source.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
        25,
        1,
        10000,
      ),
    },
    wsRecheckSeconds: int('WS_RECHECK_SECONDS', source.WS_RECHECK_SECONDS, 15, 1, 3600),
    wsKeepAliveSeconds: int('WS_KEEPALIVE_SECONDS', source.WS_KEEPALIVE_SECONDS, 12, 0, 3600),
    corsOrigins: (source.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map((o, i) => {
        if (o === '*') return o;
        const u = url(`CORS_ORIGINS[${i}]`, o, ['https:', 'http:'])!;
        const parsed = new URL(u);
        if (parsed.pathname !== '/' || parsed.search || parsed.hash)
          throw new ConfigError(`CORS_ORIGINS[${i}] must be an origin (scheme://host[:port]), got "${o}"`);
        return parsed.origin;
      }),
    trustedDocuments: oneOf('TRUSTED_DOCUMENTS', source.TRUSTED_DOCUMENTS, ['off', 'api-keys', 'all'] as const, 'off'),
    trustProxy: int('TRUST_PROXY', source.TRUST_PROXY, 0, 0, 10),
    db: {
      statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', source.DB_STATEMENT_TIMEOUT_MS, 15_000, 0, 3_600_000),
      lockTimeoutMs: int('DB_LOCK_TIMEOUT_MS', source.DB_LOCK_TIMEOUT_MS, 5_000, 0, 3_600_000),
      acquireTimeoutMs: source.DB_ACQUIRE_TIMEOUT_MS
        ? int('DB_ACQUIRE_TIMEOUT_MS', source.DB_ACQUIRE_TIMEOUT_MS, 2_000, 100, 600_000)
        : undefined,
      connectRetries: int('DB_CONNECT_RETRIES', source.DB_CONNECT_RETRIES, 5, 0, 100),
      primaryAfterWriteSeconds: int(
        'DB_PRIMARY_AFTER_WRITE_SECONDS',
        source.DB_PRIMARY_AFTER_WRITE_SECONDS,
        5,
        1,
        3600,
      ),
    },
    metrics: {
      port: int('METRICS_PORT', source.METRICS_PORT, envName === 'test' ? 0 : 9464, -1, 65535),
      host: source.METRICS_HOST || '127.0.0.1',
      token: source.METRICS_TOKEN ? atLeast('METRICS_TOKEN', source.METRICS_TOKEN, 24) : undefined,
    },
    audit: {
      hmacKey: source.AUDIT_HMAC_KEY ? atLeast('AUDIT_HMAC_KEY', source.AUDIT_HMAC_KEY, 32) : DEV_AUDIT_KEY,
    },
    idempotency: {
      leaseSeconds: int('IDEMPOTENCY_LEASE_SECONDS', source.IDEMPOTENCY_LEASE_SECONDS, 30, 1, 3600),
      ttlHours: int('IDEMPOTENCY_TTL_HOURS', source.IDEMPOTENCY_TTL_HOURS, 24, 1, 24 * 90),
    },
    seedDemoData: bool('SEED_DEMO_DATA', source.SEED_DEMO_DATA, !production),
    logLevel: source.LOG_LEVEL || (envName === 'test' ? 'silent' : 'info'),
    bodyLimit: bodyLimit(source.BODY_LIMIT),
    publicUrl: (
      url('PUBLIC_URL', source.PUBLIC_URL, ['https:', 'http:']) ?? `http://localhost:${source.PORT || 4000}`
    ).replace(/\/+$/, ''),
    csaf: {
      signingKey: source.CSAF_SIGNING_KEY || undefined,
      signingKeyPassphrase: source.CSAF_SIGNING_KEY_PASSPHRASE || undefined,
    },
    notifications: {
      enabled: bool('NOTIFICATIONS', source.NOTIFICATIONS, envName !== 'test'),
      pollMs: int('OUTBOX_POLL_MS', source.OUTBOX_POLL_MS, 500, 50, 60_000),
      retryDelaySeconds: int('NOTIFY_RETRY_DELAY_SECONDS', source.NOTIFY_RETRY_DELAY_SECONDS, 30, 1, 3600),
      retryLimit: int('NOTIFY_RETRY_LIMIT', source.NOTIFY_RETRY_LIMIT, 12, 0, 30),
      sendLeaseSeconds: int('NOTIFY_SEND_LEASE_SECONDS', source.NOTIFY_SEND_LEASE_SECONDS, 120, 1, 3600),
      webhookTimeoutMs: int('WEBHOOK_TIMEOUT_MS', source.WEBHOOK_TIMEOUT_MS, 10_000, 100, 60_000),
      webhookAllowPrivate: addressList('WEBHOOK_ALLOW_PRIVATE', source.WEBHOOK_ALLOW_PRIVATE),
      webhookDisableAfterSeconds: int(
        'WEBHOOK_DISABLE_AFTER_SECONDS',
        source.WEBHOOK_DISABLE_AFTER_SECONDS,
        3 * 86_400,
        1,
      ),
      smtpUrl: url('SMTP_URL', source.SMTP_URL, ['smtp:', 'smtps:']),
      mailFrom: source.MAIL_FROM || 'Concord <notifications@concord.localhost>',
      mailDir:
        source.MAIL_DIR ||
        (production ? undefined : path.join(path.resolve(source.CONCORD_DATA_DIR || '.data'), 'mail')),
      reminderIntervalSeconds: int('REMINDER_INTERVAL_SECONDS', source.REMINDER_INTERVAL_SECONDS, 60, 1, 86_400),
    },
    ...overrides,
  };
  return config;
}
