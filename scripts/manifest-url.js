// One manifest for development and production: the build rewrites the development URLs.
"use strict";

const DEV_URL = "https://localhost:3000";

/**
 * Reads the production URL from the environment.
 * Returns { url } (no trailing slash), { url: DEV_URL, warning } when ADDIN_URL is unset or blank,
 * or { error } when it is set but is not an absolute https URL.
 */
function resolveAddinUrl(env) {
  const raw = (env.ADDIN_URL || "").trim();
  if (raw === "") {
    return {
      url: DEV_URL,
      warning: `ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}. Set ADDIN_URL=https://your.host/path to build a manifest for production.`,
    };
  }
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    return { error: `ADDIN_URL must be an absolute https URL, got "${raw}".` };
  }
  if (parsed.protocol !== "https:") {
    return { error: `ADDIN_URL must use https (Office loads add-ins only over https), got "${raw}".` };
  }
  if (parsed.search || parsed.hash) {
    return { error: `ADDIN_URL must not have a query or a fragment, got "${raw}".` };
  }
  return { url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}` };
}

/**
 * Rewrites every development URL in a manifest to the production base URL.
 * AppDomain entries are origins, so they get the origin of the base URL only.
 */
function rewriteManifestUrls(xml, baseUrl) {
  const base = baseUrl.replace(/\/+$/, "");
  const origin = new URL(base).origin;
  const devUrl = new RegExp(escapeRegExp(DEV_URL), "g");
  return xml
    .replace(/(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g, `$1${origin}$2`)
    .replace(devUrl, base);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

module.exports = { DEV_URL, resolveAddinUrl, rewriteManifestUrls };
