// The deployment files, checked without a Docker daemon (none runs on CI's machine): the compose file scales
// behind a load balancer with health checks and restart policies, separates the database roles, and every
// variable it needs is in .env.example; the image carries production dependencies and the compiled server only.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/processes';
import { loadConfig } from '../server/config';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('deployment files', () => {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, Record<string, unknown>> };
  const { api, balancer, postgres, redis } = compose.services;

  it('scales the API behind a load balancer from an official image, with health checks and restart policies', () => {
    expect(api.ports, 'a fixed host port would stop --scale').toBeUndefined();
    expect(balancer.image).toMatch(/^nginx:/);
    expect(balancer.ports).toEqual(['${CONCORD_PORT:-4000}:80']);
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.restart, name).toBe('unless-stopped');
      expect(service.healthcheck, name).toBeDefined();
    }
    const nginx = read('deploy/nginx.conf.template');
    expect(nginx).toMatch(/proxy_pass http:\/\/api;[\s\S]*Upgrade \$http_upgrade/);
    // A replica that fails (no connection, or 503) is left out for a while, re-resolved as replicas come and go.
    expect(nginx).toMatch(/server api:4000 resolve max_fails=1 fail_timeout=\d+s;/);
    expect(nginx).toMatch(/proxy_next_upstream error timeout http_503;/);
    expect(redis.image).toMatch(/^redis:/);
    // Every image is pinned to an exact version, never a floating tag.
    for (const [name, service] of Object.entries(compose.services))
      if (service.image) expect(service.image, name).toMatch(/^[a-z]+:\d+\.\d+(\.\d+)?(-[a-z0-9]+)?$/);
    for (const from of read('Dockerfile').matchAll(/^FROM (\S+)/gm)) expect(from[1]).toMatch(/^node:\d+\.\d+\.\d+-/);
  });

  it('has one body limit end to end: the balancer refuses exactly what the API refuses, as the API does', () => {
    const apiEnv = api.environment as Record<string, string>;
    const balancerEnv = balancer.environment as Record<string, string>;
    expect(apiEnv.BODY_LIMIT).toBe('${BODY_LIMIT_BYTES:-4194304}');
    expect(balancerEnv.BODY_LIMIT_BYTES).toBe('${BODY_LIMIT_BYTES:-4194304}');
    expect(
      (balancer.volumes as string[]).some((v) => v.endsWith(':/etc/nginx/templates/default.conf.template:ro')),
    ).toBe(true);
    const nginx = read('deploy/nginx.conf.template');
    expect(nginx).toMatch(/client_max_body_size \$\{BODY_LIMIT_BYTES\};/);
    // The server's own default is the same number of bytes.
    expect(loadConfig({}).bodyLimit).toBe('4mb');
    expect(4 * 1024 * 1024).toBe(4194304);
    // Over the limit, the balancer answers as Concord does: JSON with a code, not nginx's HTML page.
    const page = /return 413 '([^']+)';/.exec(nginx)![1].replace('${BODY_LIMIT_BYTES}', '4194304');
    expect(JSON.parse(page)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(nginx).toMatch(/error_page 413 = @too_large;/);
  });

  it('runs migrations as the owner and the server as its own role, and every variable is in .env.example', () => {
    const env = api.environment as Record<string, string>;
    // Passwords apart from the URLs (Concord encodes them in): any character works.
    expect(env.DATABASE_OWNER_URL).toBe('postgres://concord_owner@postgres:5432/concord');
    expect(env.DATABASE_URL).toBe('postgres://concord_app@postgres:5432/concord');
    expect(env.DATABASE_OWNER_PASSWORD).toBe('${POSTGRES_OWNER_PASSWORD}');
    expect(env.DATABASE_PASSWORD).toBe('${POSTGRES_APP_PASSWORD}');
    expect((postgres.volumes as string[]).some((v) => v.includes('deploy/postgres-init.sh'))).toBe(true);
    // The owner is not the cluster's superuser; the init script creates both roles without superuser rights and
    // passes passwords as psql variables, never spliced into SQL.
    expect((postgres.environment as Record<string, string>).POSTGRES_USER).toBe('postgres');
    const init = read('deploy/postgres-init.sh');
    expect(init).toMatch(/CREATE ROLE concord_owner LOGIN NOSUPERUSER[^;]*PASSWORD :'owner_password';/);
    expect(init).toMatch(/CREATE ROLE concord_app LOGIN NOSUPERUSER[^;]*PASSWORD :'app_password';/);
    expect(init).not.toMatch(/\$\{?CONCORD_(APP|OWNER)_PASSWORD\}?'/);
    expect(init).toMatch(/<<'SQL'/);
    expect(env.REDIS_PREFIX).toBe('${REDIS_PREFIX:-concord}');
    const password = 'p@ss/w#rd%:?';
    const built = loadConfig({ DATABASE_URL: 'postgres://concord_app@db:5432/concord', DATABASE_PASSWORD: password });
    expect(decodeURIComponent(new URL(built.databaseUrl!).password)).toBe(password);
    const example = read('.env.example');
    const needed = [...read('docker-compose.yml').matchAll(/\$\{([A-Z_]+)(?::[?-][^}]*)?\}/g)].map((m) => m[1]);
    for (const name of new Set(needed)) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('builds a lean image: the current Node LTS, production dependencies, the compiled server, no tests', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/FROM node:24\.\d+\.\d+-bookworm-slim/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/tsconfig\.server\.json/);
    expect(read('.dockerignore').split('\n')).toEqual(
      expect.arrayContaining(['tests', 'node_modules', '.data', '.env', '.env.*']),
    );
    // The health checks ask the port the server listens on.
    expect(dockerfile).toMatch(/process\.env\.PORT\|\|4000/);
    expect(JSON.stringify(api.healthcheck)).toMatch(/process\.env\.PORT\|\|4000/);
    // The administrator's entry point is in the image, on the PATH.
    expect(dockerfile).toMatch(/COPY deploy\/admin\.sh \.\/bin\/admin/);
    const tsconfig = JSON.parse(read('tsconfig.server.json')) as { include: string[] };
    expect(tsconfig.include.some((p) => p.startsWith('tests'))).toBe(false);
  });
});
