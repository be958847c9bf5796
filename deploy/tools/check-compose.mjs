// Checks docker-compose.yml beyond what `docker-compose config` parses: every service has a health check (a one-shot
// job that others await by its exit code excepted), every service that keeps data keeps it on a named volume at the
// place its image writes it, only the edge publishes ports, Prometheus scrapes every application, and nothing secret
// has a value in the file.
// Usage: node check-compose.mjs <raw compose file> <normalised output of `docker-compose config`>
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const [rawFile, normalisedFile] = process.argv.slice(2);
const raw = parse(readFileSync(rawFile, "utf8"), { merge: true });
const config = parse(readFileSync(normalisedFile, "utf8"), { merge: true });
const failures = [];
const fail = (service, message) => failures.push(`${service}: ${message}`);

// Where each image of the file writes what must survive a restart. An image that is not listed here (nor built from
// the repository) fails the check until someone says where it keeps its data.
const DATA_PATHS = {
  "mongo": "/data/db",
  "apache/kafka": "/var/lib/kafka/data",
  "postgres": "/var/lib/postgresql/data",
  "prom/prometheus": "/prometheus",
  "grafana/grafana": "/var/lib/grafana",
};
// Images that keep nothing themselves, with the reason.
const STATELESS = {
  "quay.io/keycloak/keycloak": "its realms, users and sessions are in keycloak-db",
};
// Services that may publish ports: the way in for callers, and the operators' consoles (bound to 127.0.0.1).
const EDGE = new Set(["gateway", "keycloak", "prometheus", "grafana"]);

const imageName = (image) => image.replace(/[:@].*$/, "");
const services = config.services ?? {};
const declaredVolumes = new Set(Object.keys(config.volumes ?? {}));
const awaitedToComplete = new Set(Object.values(services).flatMap((service) =>
  Object.entries(service.depends_on ?? {})
    .filter(([, dependency]) => dependency?.condition === "service_completed_successfully")
    .map(([name]) => name)));

function namedVolumeAt(service, path) {
  return (service.volumes ?? []).some((volume) => {
    const [source, target] = typeof volume === "string" ? volume.split(":") : [volume.source, volume.target];
    return target === path && declaredVolumes.has(source);
  });
}

for (const [name, service] of Object.entries(services)) {
  const oneShot = String(service.restart ?? "no") === "no" && awaitedToComplete.has(name);
  if (!service.healthcheck || service.healthcheck.disable) {
    if (!oneShot) fail(name, "has no health check");
  } else if (!Array.isArray(service.healthcheck.test) && typeof service.healthcheck.test !== "string") {
    fail(name, "health check has no test");
  }
  if (!oneShot && !service.restart) fail(name, "has no restart policy");
  if (service.build) {
    // Built from this repository: an application whose state is in MongoDB and Kafka.
  } else if (oneShot) {
    // A job: writes nothing of its own.
  } else if (DATA_PATHS[imageName(service.image ?? "")]) {
    const path = DATA_PATHS[imageName(service.image)];
    if (!namedVolumeAt(service, path)) fail(name, `keeps its data in ${path} but mounts no named volume there`);
  } else if (!STATELESS[imageName(service.image ?? "")]) {
    fail(name, `image ${service.image} is unknown to this check: add where it keeps data (or why it keeps none)`);
  }
  if (service.ports?.length && !EDGE.has(name)) fail(name, "publishes a port but is not at the edge");
  // One database per service: a copied block must not point two services at the same one.
  const mongoUri = service.environment?.SPRING_MONGODB_URI;
  if (mongoUri && new URL(mongoUri).pathname !== `/${name}`) fail(name, `uses the database of ${mongoUri}, not its own`);
}

// Secrets: in the raw file every password or secret is a ${VARIABLE} reference, never a value.
for (const [name, service] of Object.entries(raw.services ?? {})) {
  for (const [key, value] of Object.entries(service.environment ?? {})) {
    if (/PASSWORD|SECRET/.test(key) && !/^\$\{[A-Z0-9_]+(:\?[^}]*)?\}$/.test(String(value))) {
      fail(name, `${key} has a value in the file; take it from .env with \${${key}:?...}`);
    }
  }
}
// Prometheus scrapes every application built from the repository.
const prometheus = parse(readFileSync(new URL("../prometheus/prometheus.yml", import.meta.url), "utf8"));
const scraped = new Set((prometheus.scrape_configs ?? []).flatMap((job) => job.static_configs ?? [])
  .flatMap((group) => group.targets ?? []).map((target) => target.split(":")[0]));
for (const [name, service] of Object.entries(services)) {
  if (service.build && !scraped.has(name)) fail(name, "is not scraped by Prometheus (deploy/prometheus/prometheus.yml)");
}
const grafana = services.grafana?.environment ?? {};
if (String(grafana.GF_AUTH_ANONYMOUS_ENABLED) !== "false") fail("grafana", "anonymous access is not disabled");
const keycloak = services.keycloak;
if (keycloak && !String(keycloak.command).split(/[ ,]/).includes("start")) fail("keycloak", "is not in production mode (start)");

for (const name of Object.keys(services)) {
  console.log(`  ${name}: ${failures.some((f) => f.startsWith(name + ":")) ? "FAILED" : "ok"}`);
}
if (failures.length) {
  console.error(failures.map((f) => `FAIL ${f}`).join("\n"));
  process.exit(1);
}
console.log(`compose: ${Object.keys(services).length} services, each with a health check and its data on a volume`);
