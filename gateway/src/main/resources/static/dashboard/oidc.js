// Login with the OpenID Connect authorization-code flow and PKCE as the public client latih-web.
//
// The access token lives only in this module's memory: never in localStorage or sessionStorage, where any script of
// the origin could read it long after, and never in a URL. A reload therefore asks the authorization server again,
// which answers at once while its own login session lasts. Only the PKCE verifier and the state, which must
// survive the redirect to the authorization server and are useless once the code is redeemed, wait in
// sessionStorage (this tab only) and are removed on return.
const PENDING_KEY = "latih.dashboard.login";
let accessToken = null;
let claims = null;

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_")
    .replace(/=+$/, "");
}

function randomText() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function discover(config) {
  const response = await fetch(`${config.issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery ${response.status}`);
  return response.json();
}

function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

/** Sends the browser to the authorization server's login. */
export async function login(config) {
  const provider = await discover(config);
  const verifier = randomText();
  const state = randomText();
  const challenge = base64Url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({ response_type: "code", client_id: config.clientId, redirect_uri: redirectUri(),
    scope: config.scope, state, code_challenge: challenge, code_challenge_method: "S256" }).toString();
  location.assign(url.toString());
}

/**
 * On the way back from the authorization server: redeems the code for tokens and removes code and state from the
 * address bar and the history. Returns false when this page load is not such a return.
 */
export async function completeLogin(config) {
  const query = new URLSearchParams(location.search);
  if (!query.has("code") && !query.has("error")) return false;
  history.replaceState(null, "", location.pathname);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null");
  sessionStorage.removeItem(PENDING_KEY);
  if (query.has("error")) throw new Error(query.get("error"));
  if (!pending || pending.state !== query.get("state")) throw new Error("state");
  const provider = await discover(config);
  const response = await fetch(provider.token_endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code: query.get("code"),
      redirect_uri: redirectUri(), client_id: config.clientId, code_verifier: pending.verifier }),
  });
  if (!response.ok) throw new Error(`token ${response.status}`);
  const tokens = await response.json();
  accessToken = tokens.access_token;
  claims = decodeClaims(accessToken);
  return true;
}

// The claims only label the page (who, which agency); the gateway and the services verify the token itself.
function decodeClaims(token) {
  const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  const text = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
  return JSON.parse(text);
}

export function token() {
  return accessToken;
}

export function caller() {
  return claims;
}

export function forget() {
  accessToken = null;
  claims = null;
}
