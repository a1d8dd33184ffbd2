# Concord API server image, as docker-compose.yml runs it: production dependencies and the compiled server only.
# Base images pinned to exact versions: bump them deliberately (and rebuild for security updates).
FROM node:24.11.1-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.server.json ./
COPY server ./server
COPY scripts ./scripts
COPY sdk/generated ./sdk/generated
RUN npx tsc -p tsconfig.server.json

FROM node:24.11.1-bookworm-slim AS deps
# The IDE (ruru, about 270 MB of editor and React files) is left out unless WITH_IDE=true (an analysts'
# deployment): without it, production dependencies are about 128 MB.
ARG WITH_IDE=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
  && if [ "$WITH_IDE" != "true" ]; then npm uninstall --no-save --omit=dev --no-audit --no-fund ruru; fi \
  && npm cache clean --force

FROM node:24.11.1-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY data ./data
# `admin bootstrap ...` (docker compose run --rm api admin ...): the first administrator, from this layout.
COPY deploy/admin.sh ./bin/admin
ENV PATH=/app/bin:$PATH
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# A 1 GiB old space: V8 sizes its heap growth by this limit, so a server left at the default (a quarter of the
# machine) lets garbage pile up to twice the memory under load. Raise it with the container's memory limit.
CMD ["node", "--max-old-space-size=1024", "--max-semi-space-size=4", "dist/server/main.js"]
