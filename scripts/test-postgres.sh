#!/usr/bin/env bash
# The PostgreSQL run of `npm test` (`npm run test:pg`): the contract suite and the server tests that exercise the
# database, again, against a real PostgreSQL server, plus the two-instance deployment test (docs/deployment.md).
# Uses the server named by SHAREGRAPH_TEST_PG_ADMIN_URL (.ci/run starts one), else starts a throwaway cluster
# itself when PostgreSQL is installed, else says loudly that it skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=(
  server/test/contract.test.ts
  server/test/persistence.test.ts
  server/test/campaignPersistence.test.ts
  server/test/authorization.test.ts
  server/test/importSecrets.test.ts
  server/test/twoInstances.pg.test.ts
)

url=${SHAREGRAPH_TEST_PG_ADMIN_URL:-}
if [ -z "$url" ]; then
  port=${SHAREGRAPH_TEST_PG_PORT:-55432}
  status=0
  url=$(scripts/pg-cluster.sh start "$port") || status=$?
  if [ "$status" = 3 ]; then
    echo
    echo "*** SKIPPED the PostgreSQL run: PostgreSQL is not installed here (Debian: apt-get install postgresql)."
    echo "*** Only the embedded database was tested. CI (.ci/run) installs PostgreSQL and runs it."
    echo
    exit 0
  fi
  [ "$status" = 0 ] || exit "$status"
  trap 'scripts/pg-cluster.sh stop "$port"' EXIT
fi

echo "--- server tests against PostgreSQL (${url%%@*}@...)"
SHAREGRAPH_TEST_DATABASE_URL=$url npx vitest run "${FILES[@]}"
