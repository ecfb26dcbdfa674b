#!/usr/bin/env bash
# The production start, proved (CI runs it last, since it drops the development dependencies):
#   npm run build && npm prune --omit=dev && npm start
# then /ready, the README's first query and the explorer's page, and a clean stop (no JVM left).
# PORT and NEO4J_EMBEDDED_PORT may be given; free ports are taken otherwise. The Neo4j data goes
# to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
port="${PORT:-$(free_port)}"
bolt="${NEO4J_EMBEDDED_PORT:-$(free_port)}"
data="$(mktemp -d /tmp/raadsgraaf-prod-check-XXXXXX)"

npm run build
npm prune --omit=dev --no-audit --no-fund
for dev in typescript tsx vite vitest; do
  if [ -e "node_modules/$dev" ]; then echo "prod-start-check: $dev is still installed after npm prune --omit=dev"; exit 1; fi
done

log="$data/server.log"
# generous start and transaction timeouts: starting Neo4j and loading the seeds on a loaded CI machine is not what this checks
PORT="$port" HOST=127.0.0.1 NEO4J_EMBEDDED_PORT="$bolt" NEO4J_DATA_DIR="$data/neo4j" NEO4J_TX_TIMEOUT_MS="${NEO4J_TX_TIMEOUT_MS:-120000}" NEO4J_START_TIMEOUT_MS="${NEO4J_START_TIMEOUT_MS:-600000}" setsid npm start >"$log" 2>&1 &
server=$!
stop() {
  kill -TERM -- "-$server" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$server" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT

for _ in $(seq 1 900); do
  if curl -fs "http://127.0.0.1:$port/ready" >/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "prod-start-check: npm start exited"; cat "$log"; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$port/ready" >/dev/null || { echo "prod-start-check: not ready within 900 s"; tail -n 30 "$log"; exit 1; }

answer=$(curl -fs "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ dossier(number: \"1873661\") { subject portfolioHolder { name } } }"}')
expected='{"data":{"dossier":{"subject":"Vaststellen inhoudelijke en procesmatige kaders startnotitie Sterke basis in de wijk","portfolioHolder":{"name":"Karin Lambrechts"}}}}'
[ "$answer" = "$expected" ] || { echo "prod-start-check: unexpected answer: $answer"; grep -v '"level":30' "$log" | tail -n 20; exit 1; }
curl -fs "http://127.0.0.1:$port/" | grep -q '<div id="app"\|<script' || { echo "prod-start-check: the explorer page is missing"; exit 1; }
echo "prod-start-check: npm start without development dependencies serves the API and the explorer (port $port)"
