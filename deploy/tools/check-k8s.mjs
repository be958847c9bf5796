// Checks one rendered Kustomize overlay: every object validates against the Kubernetes API schemas that
// kubernetes-models pins (custom resources of Strimzi and the MongoDB community operator are named and skipped: their
// schemas are not in any package this check can install), and Latih's own rules hold: every Deployment has probes
// on the actuator groups, resources and a non-root security context, an autoscaler and a disruption budget; ingress
// is denied by default and only the gateway is open to everyone.
// Usage: node check-k8s.mjs <overlay name> <rendered manifests>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseAllDocuments } from "yaml";

const require = createRequire(import.meta.url);
const [overlay, file] = process.argv.slice(2);
const objects = parseAllDocuments(readFileSync(file, "utf8")).map((document) => document.toJS()).filter(Boolean);
const failures = [];
const fail = (object, message) => failures.push(`${object.kind}/${object.metadata?.name}: ${message}`);
const CUSTOM_RESOURCE_GROUPS = ["kafka.strimzi.io", "mongodbcommunity.mongodb.com"];
const skipped = new Map();

// 1. Schemas.
for (const object of objects) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  if (CUSTOM_RESOURCE_GROUPS.includes(group)) {
    skipped.set(`${object.apiVersion} ${object.kind}`, (skipped.get(`${object.apiVersion} ${object.kind}`) ?? 0) + 1);
    continue;
  }
  let Model;
  try {
    Model = require(`kubernetes-models/${group ? group + "/" : ""}${version}`)[object.kind];
  } catch {
    Model = undefined;
  }
  if (!Model) {
    fail(object, `${object.apiVersion} ${object.kind} is not a Kubernetes API type`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    fail(object, `does not validate: ${error.message}`);
  }
}

// 2. Deployments.
const byKind = (kind) => objects.filter((object) => object.kind === kind);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
for (const deployment of byKind("Deployment")) {
  const pod = deployment.spec.template.spec;
  const podLabels = deployment.spec.template.metadata?.labels;
  for (const container of pod.containers) {
    const where = `container ${container.name}`;
    const probePath = (probe) => probe?.httpGet?.path;
    if (probePath(container.livenessProbe) !== "/actuator/health/liveness") {
      fail(deployment, `${where} has no liveness probe on /actuator/health/liveness`);
    }
    if (probePath(container.readinessProbe) !== "/actuator/health/readiness") {
      fail(deployment, `${where} has no readiness probe on /actuator/health/readiness`);
    }
    const resources = container.resources ?? {};
    if (!resources.requests?.cpu || !resources.requests?.memory) fail(deployment, `${where} requests no cpu or memory`);
    if (!resources.limits?.memory) fail(deployment, `${where} has no memory limit`);
    const security = { ...pod.securityContext, ...container.securityContext };
    if (security.runAsNonRoot !== true) fail(deployment, `${where} may run as root (runAsNonRoot is not true)`);
    if (security.runAsUser === 0) fail(deployment, `${where} runs as user 0`);
    if (container.securityContext?.allowPrivilegeEscalation !== false) {
      fail(deployment, `${where} may escalate privileges`);
    }
    if (!container.securityContext?.capabilities?.drop?.includes("ALL")) fail(deployment, `${where} keeps capabilities`);
    if (!["RuntimeDefault", "Localhost"].includes(security.seccompProfile?.type)) {
      fail(deployment, `${where} has no seccomp profile (Pod Security Standard "restricted")`);
    }
  }
  // One database per service: a copied manifest must not point two services at the same one.
  const database = pod.containers[0].env?.find((variable) => variable.name === "SPRING_MONGODB_DATABASE")?.value;
  if (database !== undefined && database !== deployment.metadata.name) {
    fail(deployment, `uses the database ${database}, not its own`);
  }
  const target = (object) => object.spec.scaleTargetRef?.kind === "Deployment"
    && object.spec.scaleTargetRef?.name === deployment.metadata.name;
  if (!byKind("HorizontalPodAutoscaler").some(target)) fail(deployment, "has no HorizontalPodAutoscaler");
  if (!byKind("PodDisruptionBudget").some((budget) => matches(budget.spec.selector?.matchLabels, podLabels))) {
    fail(deployment, "has no PodDisruptionBudget");
  }
  const minReplicas = byKind("HorizontalPodAutoscaler").find(target)?.spec.minReplicas ?? 1;
  if ((deployment.spec.replicas ?? 1) < minReplicas) fail(deployment, "starts below its autoscaler's minimum");
}

// 3. Network: default deny, and the gateway alone open to every source.
const policies = byKind("NetworkPolicy");
const denyAll = policies.some((policy) => Object.keys(policy.spec.podSelector ?? {}).length === 0
  && policy.spec.policyTypes?.includes("Ingress") && !(policy.spec.ingress?.length));
if (!denyAll) failures.push("NetworkPolicy: no default deny of ingress for the namespace");
for (const policy of policies) {
  const openToAll = (policy.spec.ingress ?? []).some((rule) => !rule.from?.length);
  const selected = policy.spec.podSelector?.matchLabels ?? {};
  if (openToAll && selected["app.kubernetes.io/name"] !== "gateway") {
    fail(policy, "admits every source to pods other than the gateway");
  }
}
for (const service of byKind("Service")) {
  if (service.spec.type && service.spec.type !== "ClusterIP") fail(service, `is ${service.spec.type}: only the Ingress leads in`);
}
for (const ingress of byKind("Ingress")) {
  const backends = (ingress.spec.rules ?? []).flatMap((rule) => rule.http?.paths ?? []).map((path) => path.backend.service?.name);
  if (backends.some((name) => name !== "gateway")) fail(ingress, "leads to something other than the gateway");
}

// 4. Custom resources: what the operators need to find each other.
for (const object of objects.filter((o) => ["KafkaTopic", "KafkaNodePool"].includes(o.kind))) {
  const cluster = object.metadata.labels?.["strimzi.io/cluster"];
  if (!byKind("Kafka").some((kafka) => kafka.metadata.name === cluster)) fail(object, `names no Kafka cluster (${cluster})`);
}

for (const [type, count] of skipped) console.log(`  note: ${count} x ${type} not schema-checked (custom resource)`);
if (failures.length) {
  console.error(failures.map((f) => `FAIL ${overlay}: ${f}`).join("\n"));
  process.exit(1);
}
const customResources = [...skipped.values()].reduce((sum, count) => sum + count, 0);
console.log(`${overlay}: ${objects.length - customResources} objects valid against the schemas, ${byKind("Deployment").length} `
  + "Deployments with probes, resources, non-root security, autoscaler and disruption budget");
