import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config';

describe('configuration', () => {
  it('refuses to start in production without JWT settings, naming what is missing', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET or JWT_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }),
    ).toThrow(/at least 32/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }),
    ).toThrow(/AUDIT_HMAC_KEY/);
    const complete = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      JWT_ISSUER: 'i',
      JWT_AUDIENCE: 'a',
      AUDIT_HMAC_KEY: 'k'.repeat(40),
    };
    // Production never falls back to the embedded database: without DATABASE_URL it says so, unless asked for it.
    expect(() => loadConfig(complete)).toThrow(
      /^NODE_ENV=production needs DATABASE_URL \(a PostgreSQL URL\), or EMBEDDED_DATABASE=true .*; refusing to start$/,
    );
    expect(loadConfig({ ...complete, EMBEDDED_DATABASE: 'true' }).databaseUrl).toBeUndefined();
    // Production seeds nothing unless asked to.
    expect(loadConfig({ ...complete, DATABASE_URL: 'postgres://u@h/db' }).seedDemoData).toBe(false);
  });

  it('turns the IDE, introspection and suggestions off in production unless configured', () => {
    const prod = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      JWT_ISSUER: 'https://idp.example',
      JWT_AUDIENCE: 'concord',
      AUDIT_HMAC_KEY: 'k'.repeat(40),
      DATABASE_URL: 'postgres://u@h/db',
    };
    expect(loadConfig(prod).graphql).toMatchObject({ ide: false, introspection: false, fieldSuggestions: false });
    expect(loadConfig({ ...prod, GRAPHQL_IDE: 'true' }).graphql).toMatchObject({ ide: true, introspection: true });
    expect(loadConfig({}).graphql).toMatchObject({ ide: true, introspection: true, fieldSuggestions: true });
  });

  it('validates values', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must use postgres/);
    expect(() => loadConfig({ GRAPHQL_IDE: 'maybe' })).toThrow(/GRAPHQL_IDE must be true or false/);
    expect(loadConfig({ PORT: '5000', DATABASE_URL: 'postgres://u@h/db' })).toMatchObject({
      port: 5000,
      databaseUrl: 'postgres://u@h/db',
    });
  });
});
