// The production manifest: manifest.xml with every https://localhost:3000 URL moved to the public
// URL (RS_PUBLIC_URL), the AppDomain included (it is an origin, with no trailing slash). A production
// manifest that still names localhost would ask Office to trust a developer's machine, so the build
// fails instead of writing one.
const DEV_ORIGIN = "https://localhost:3000";

function productionManifest(xml, publicUrl) {
  const url = new URL(publicUrl);
  if (url.protocol !== "https:") throw new Error(`RS_PUBLIC_URL must be https: ${publicUrl}`);
  if (/^(localhost|127\.|\[::1\])/i.test(url.hostname))
    throw new Error(`RS_PUBLIC_URL must not be a local address: ${publicUrl}`);
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  const out = xml.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(url.origin);
  const left = out.match(/https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/i);
  if (left) throw new Error(`The production manifest still names ${left[0]}`);
  return out;
}

module.exports = { productionManifest, DEV_ORIGIN };
