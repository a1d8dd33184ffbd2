// The deployment files, checked without a Docker daemon (none runs on CI's machine): the compose file scales
// behind a load balancer with health checks and restart policies, separates the database roles, and every
// variable it needs is in .env.example; the image carries production dependencies and the compiled server only.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/processes';

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
    expect(read('deploy/nginx.conf')).toMatch(/proxy_pass \$api;[\s\S]*Upgrade \$http_upgrade/);
    expect(redis.image).toMatch(/^redis:/);
  });

  it('runs migrations as the owner and the server as its own role, and every variable is in .env.example', () => {
    const env = api.environment as Record<string, string>;
    expect(env.DATABASE_OWNER_URL).toMatch(/^postgres:\/\/concord_owner:/);
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/concord_app:/);
    expect((postgres.volumes as string[]).some((v) => v.includes('deploy/postgres-init.sh'))).toBe(true);
    const example = read('.env.example');
    const needed = [...read('docker-compose.yml').matchAll(/\$\{([A-Z_]+)(?::[?-][^}]*)?\}/g)].map((m) => m[1]);
    for (const name of new Set(needed)) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('builds a lean image: the current Node LTS, production dependencies, the compiled server, no tests', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/FROM node:24-bookworm-slim/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/tsconfig\.server\.json/);
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['tests', 'node_modules', '.data']));
    const tsconfig = JSON.parse(read('tsconfig.server.json')) as { include: string[] };
    expect(tsconfig.include.some((p) => p.startsWith('tests'))).toBe(false);
  });
});
