#!/bin/sh
# The administrator's commands in the image's own layout (compiled, production dependencies only):
#   docker compose run --rm api admin bootstrap --email you@agency.gov --agency "..." --acronym XYZ --name "..."
# Same database settings as the server (DATABASE_OWNER_URL runs pending migrations first).
exec node "$(dirname "$(readlink -f "$0")")/../dist/scripts/admin.js" "$@"
