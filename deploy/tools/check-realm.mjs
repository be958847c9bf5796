// Checks that Keycloak's realm knows the same callers as the embedded issuer's demo profile, with the same claims
// (agency, region, province, roles, nip) and the audience `latih`, and that it holds no secret: client secrets and
// passwords are ${VARIABLE} placeholders that Keycloak resolves from its environment when it imports the realm.
// Usage: node check-realm.mjs <realm json> <auth-server application-demo.yml>
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const [realmFile, demoFile] = process.argv.slice(2);
const realm = JSON.parse(readFileSync(realmFile, "utf8"));
const demo = parse(readFileSync(demoFile, "utf8"));
const failures = [];
const placeholder = /^\$\{[A-Z0-9_]+\}$/;
const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

const clients = new Map(realm.clients.map((client) => [client.clientId, client]));
const audience = (client) => (client.protocolMappers ?? []).some((mapper) =>
  mapper.protocolMapper === "oidc-audience-mapper" && mapper.config["included.custom.audience"] === "latih");

for (const [id, caller] of Object.entries(demo.latih.callers.clients)) {
  const client = clients.get(id);
  if (!client) { failures.push(`client ${id} is missing`); continue; }
  if (!placeholder.test(client.secret ?? "")) failures.push(`client ${id} has a literal secret`);
  if (!client.serviceAccountsEnabled) failures.push(`client ${id} cannot use the client-credentials grant`);
  if (!audience(client)) failures.push(`client ${id} does not put audience latih into its tokens`);
  const claim = (name) => client.protocolMappers.find((mapper) =>
    mapper.protocolMapper === "oidc-hardcoded-claim-mapper" && mapper.config["claim.name"] === name)?.config["claim.value"];
  for (const name of ["agency", "region", "province"]) {
    if (claim(name) !== String(caller[name])) failures.push(`client ${id}: ${name} is ${claim(name)}, not ${caller[name]}`);
  }
  if (!same(JSON.parse(claim("roles") ?? "[]"), caller.roles)) failures.push(`client ${id}: roles differ`);
}

const web = clients.get("latih-web");
if (!web?.publicClient || !web.standardFlowEnabled || web.attributes?.["pkce.code.challenge.method"] !== "S256") {
  failures.push("latih-web is not a public authorization-code client with PKCE");
} else if (!audience(web)) {
  failures.push("latih-web does not put audience latih into people's access tokens");
}
const webClaims = new Set((web?.protocolMappers ?? []).map((mapper) => mapper.config["claim.name"]));
for (const name of ["agency", "region", "province", "nip", "roles"]) {
  if (!webClaims.has(name)) failures.push(`latih-web puts no ${name} claim into people's tokens`);
}

const users = new Map((realm.users ?? []).map((user) => [user.username, user]));
const realmRoles = new Set((realm.roles?.realm ?? []).map((role) => role.name));
for (const [key, person] of Object.entries(demo.latih.callers.users)) {
  const name = key.replace(/^\[(.*)\]$/, "$1"); // Spring's bracket notation for keys with a dot
  const user = users.get(name);
  if (!user) { failures.push(`person ${name} is missing`); continue; }
  for (const attribute of ["agency", "region", "province", "nip"]) {
    const expected = person[attribute] === undefined ? undefined : String(person[attribute]);
    if (user.attributes?.[attribute]?.[0] !== expected) failures.push(`person ${name}: ${attribute} differs`);
  }
  if (!same(user.realmRoles ?? [], person.roles)) failures.push(`person ${name}: roles differ`);
  for (const role of user.realmRoles ?? []) if (!realmRoles.has(role)) failures.push(`role ${role} is not a realm role`);
  if (!(user.credentials ?? []).every((credential) => placeholder.test(credential.value))) {
    failures.push(`person ${name} has a literal password`);
  }
}

if (failures.length) {
  console.error(failures.map((f) => `FAIL realm: ${f}`).join("\n"));
  process.exit(1);
}
console.log(`realm: ${clients.size} clients and ${users.size} people as the embedded issuer has them, no secret in the file`);
