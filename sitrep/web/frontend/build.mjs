// Copy what the page loads from the installed npm packages into ../static/vendor,
// which the server serves and git ignores: nothing is fetched from the internet at run time.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "static", "vendor");
const FILES = {
  "leaflet/dist/leaflet.js": "leaflet.js",
  "leaflet/dist/leaflet.css": "leaflet.css",
  "leaflet/dist/images": "images",
  "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
  "world-atlas/countries-50m.json": "countries-50m.json",
  "swagger-ui-dist/swagger-ui-bundle.js": "swagger-ui-bundle.js",
  "swagger-ui-dist/swagger-ui.css": "swagger-ui.css",
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [from, to] of Object.entries(FILES)) {
  cpSync(join(here, "node_modules", from), join(out, to), { recursive: true });
}
console.log(`copied ${Object.keys(FILES).length} assets to ${out}`);
