#!/usr/bin/env bash
# Builds the modules and starts Sling CMS 1.1.8 with them and the demo publications site.
#   ./run.sh                 port 8080, repository in ./cms-home (kept across restarts)
#   PORT=9090 ./run.sh       another port
#   SWK_HOME=/path ./run.sh  another repository folder
#   SKIP_BUILD=1 ./run.sh    start what was built last time
#   ./run.sh -V name=value   arguments go to the Sling Feature Launcher, e.g. the mail settings (docs/deployment.md)
# Stop with Ctrl-C: the CMS shuts down cleanly.
set -euo pipefail
cd "$(dirname "$0")"

PORT="${PORT:-8080}"
SWK_HOME="${SWK_HOME:-$PWD/cms-home}"
HEAP="${HEAP:-1g}"

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "Bouwen / building ..."
  ./mvnw -q -B clean package -DskipTests
fi

feature=webapp/target/slingfeature-tmp/feature-samenwerkingskaart.json
[ -f "$feature" ] || { echo "Not built: $feature is missing (run without SKIP_BUILD=1)" >&2; exit 1; }
mkdir -p "$SWK_HOME"
# Our own bundles change with every build: never start from a stale cached copy of them.
rm -rf "$SWK_HOME/cache/nl/samenwerkingskaart"
# Upgrading onto an existing home: when the feature (the set of bundles) changed since the last start, the OSGi
# framework's own bundle store is reset, or the launcher can refuse to install a bundle it already holds under
# another location ("Bundle symbolic name and version are not unique"). The repository (content, initiatives,
# submissions, users) is kept; configuration comes from the feature again. See docs/deployment.md.
fingerprint="$(sha256sum "$feature" | cut -d' ' -f1)"
if [ -d "$SWK_HOME/framework" ] && [ "$(cat "$SWK_HOME/feature.sha256" 2>/dev/null)" != "$fingerprint" ]; then
  echo "Nieuwe versie / new version: resetting the framework's bundle store in $SWK_HOME/framework (the repository is kept)."
  rm -rf "$SWK_HOME/framework"
fi
echo "$fingerprint" >"$SWK_HOME/feature.sha256"

java "-Xmx$HEAP" -cp "webapp/target/launcher-lib/*" org.apache.sling.feature.launcher.impl.Main \
  -f "$feature" -p "$SWK_HOME" -c "$SWK_HOME/cache" \
  -u "file://$PWD/webapp/target/local-repo,file://$HOME/.m2/repository,https://repo.maven.apache.org/maven2" \
  -D "org.osgi.service.http.port=$PORT" "$@" >>"$SWK_HOME/launcher.log" 2>&1 &
cms=$!

stop() {
  echo
  echo "Stoppen / stopping the CMS ..."
  kill -TERM "$cms" 2>/dev/null || true
  wait "$cms" 2>/dev/null || true
  echo "Gestopt / stopped."
  exit 0
}
trap stop INT TERM

echo "De CMS start / starting (log: $SWK_HOME/launcher.log) ..."
base="http://localhost:$PORT"
until curl -fsS -o /dev/null "$base/bin/samenwerkingskaart/public/initiatives.json" 2>/dev/null \
   && curl -fsS -o /dev/null "$base/content/samenwerkingskaart/samenwerkingskaart/kaart.html" 2>/dev/null; do
  if ! kill -0 "$cms" 2>/dev/null; then
    echo "The CMS stopped while starting; see $SWK_HOME/launcher.log" >&2
    exit 1
  fi
  sleep 2
done
cat <<MSG

Samenwerkingskaart draait / is running:
  Kaart / map:     $base/content/samenwerkingskaart/samenwerkingskaart/kaart.html
  Site:            $base/content/samenwerkingskaart/samenwerkingskaart/index.html
  Publicaties:     $base/content/samenwerkingskaart/samenwerkingskaart/publicaties.html
  English:         $base/content/samenwerkingskaart/cooperation-map/index.html
  CMS:             $base/cms   (inloggen / log in: admin / admin)
  Initiatieven:    $base/cms/samenwerking/initiatives.html
Stop met / stop with Ctrl-C.
MSG
wait "$cms"
