#!/usr/bin/env bash
# Re-downloads the GraphiQL page's third-party assets from the npm registry into
# api/assets/graphiql/: the UMD builds of React, ReactDOM and GraphiQL, each package's LICENSE,
# and SHA256SUMS. The server embeds these files (api/src/http/graphiql.rs), so GET /graphql
# needs no internet. To change a version: edit it below, run this script, then update the
# matching constants in api/src/http/graphiql.rs and the versions in the README there.
#
# Usage: bash scripts/vendor-graphiql.sh
set -euo pipefail
cd "$(dirname "$0")/.."

REACT_VERSION=18.3.1
GRAPHIQL_VERSION=3.9.0 # the last 3.x (4.x still ships a UMD bundle, 5.x does not)

out=api/assets/graphiql
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# npm pack checks each tarball against the registry's integrity hash.
(cd "$work" && npm pack --silent "react@$REACT_VERSION" "react-dom@$REACT_VERSION" "graphiql@$GRAPHIQL_VERSION" >/dev/null)
for package in react react-dom graphiql; do
  mkdir -p "$work/$package"
  tar -xzf "$work"/"$package"-[0-9]*.tgz -C "$work/$package"
done

rm -f "$out"/*.js "$out"/*.css "$out"/LICENSE.*
cp "$work/react/package/umd/react.production.min.js" "$out/react-$REACT_VERSION.production.min.js"
cp "$work/react/package/LICENSE" "$out/LICENSE.react"
cp "$work/react-dom/package/umd/react-dom.production.min.js" "$out/react-dom-$REACT_VERSION.production.min.js"
cp "$work/react-dom/package/LICENSE" "$out/LICENSE.react-dom"
cp "$work/graphiql/package/graphiql.min.js" "$out/graphiql-$GRAPHIQL_VERSION.min.js"
cp "$work/graphiql/package/graphiql.min.css" "$out/graphiql-$GRAPHIQL_VERSION.min.css"
cp "$work/graphiql/package/LICENSE" "$out/LICENSE.graphiql"

(cd "$out" && sha256sum -- *.js *.css LICENSE.* > SHA256SUMS)
echo "vendored react $REACT_VERSION, react-dom $REACT_VERSION, graphiql $GRAPHIQL_VERSION into $out:"
du -ch "$out"/*.js "$out"/*.css | tail -n 1
