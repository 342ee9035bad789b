// Expands JSON-LD documents with the jsonld processor and fails unless nothing is lost:
//
//   node tests/interop/expand.mjs FILE...
//
// Tests run without a network, so "https://schema.org" is served from a local copy of
// schema.org's context, schemaorg-context.jsonld (schemaorg/schemaorg,
// data/releases/30.0/schemaorgcontext.jsonld, unchanged). That context maps any undefined
// term to schema.org through "@vocab", so that it would drop nothing; it is served here
// without "@vocab", so that a term it does not define is dropped, and caught:
//   - every key and every @type of a document must be a term that the context defines, and
//     every schema.org IRI among its values (an eventStatus) must name one;
//   - expansion, in jsonld's safe mode (which throws on anything it would drop), must give
//     exactly the properties of the document, each as the context's IRI, and as many
//     values as the document holds.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
let failures = 0;

function fail(message) {
    console.error(message);
    failures += 1;
}

let jsonld;
try {
    jsonld = (await import("jsonld")).default;
} catch (error) {
    console.error(`the jsonld package is missing from tests/interop/node_modules (tools/install-dependencies.sh installs it): ${error.message}`);
    process.exit(1);
}

const served = JSON.parse(fs.readFileSync(path.join(here, "schemaorg-context.jsonld"), "utf8"));
const terms = served["@context"];
delete terms["@vocab"];

const schema_org_urls = new Set([
    "https://schema.org",
    "https://schema.org/",
    "http://schema.org",
    "http://schema.org/",
    "https://schema.org/docs/jsonldcontext.jsonld",
]);

async function document_loader(url) {
    if (schema_org_urls.has(url)) {
        return { contextUrl: null, documentUrl: url, document: served };
    }
    throw new Error(`no network in the tests: cannot load ${url}`);
}

// The schema.org IRI that the context gives a term, or undefined.
function term_iri(term) {
    const definition = terms[term];
    const id = typeof definition === "string" ? definition : definition?.["@id"];
    return typeof id === "string" && id.startsWith("schema:") ? "http://schema.org/" + id.slice("schema:".length) : undefined;
}

// Walks the compact document: the terms it uses, and how many values (strings, numbers,
// booleans: @id and @type values included) it holds.
function survey(value, found, where) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => survey(item, found, `${where}/${i}`));
        return;
    }
    if (value === null || typeof value !== "object") {
        found.values += 1;
        if (typeof value === "string" && value.startsWith("https://schema.org/")) {
            const name = value.slice("https://schema.org/".length);
            if (!term_iri(name)) {
                fail(`${where}: ${value} names nothing that schema.org's context defines`);
            }
        }
        return;
    }
    for (const [key, item] of Object.entries(value)) {
        if (key === "@context") {
            continue;
        }
        if (key === "@type") {
            for (const type of [item].flat()) {
                if (!term_iri(type)) {
                    fail(`${where}: type ${type} is not one that schema.org's context defines`);
                }
            }
        } else if (!key.startsWith("@")) {
            const iri = term_iri(key);
            if (iri) {
                found.properties.add(iri);
            } else {
                fail(`${where}: ${key} is not a term that schema.org's context defines`);
            }
        }
        survey(item, found, `${where}/${key}`);
    }
}

// The same for the expanded document: its property IRIs, and its values (each @id, each
// @type of a node, each @value; a value's own @type is part of that value).
function survey_expanded(value, found) {
    if (Array.isArray(value)) {
        value.forEach((item) => survey_expanded(item, found));
        return;
    }
    if (value === null || typeof value !== "object") {
        return;
    }
    if ("@value" in value) {
        found.values += 1;
        return;
    }
    for (const [key, item] of Object.entries(value)) {
        if (key === "@id") {
            found.values += 1;
        } else if (key === "@type") {
            found.values += item.length;
        } else if (key.startsWith("@")) {
            survey_expanded(item, found);
        } else {
            found.properties.add(key);
            survey_expanded(item, found);
        }
    }
}

for (const file of process.argv.slice(2)) {
    const before = failures;
    const document = JSON.parse(fs.readFileSync(file, "utf8"));
    const compact = { properties: new Set(), values: 0 };
    survey(document, compact, file);

    let expanded;
    try {
        expanded = await jsonld.expand(document, { documentLoader: document_loader, safe: true });
    } catch (error) {
        fail(`${file}: jsonld could not expand it without loss: ${error.message} ${JSON.stringify(error.details ?? {})}`);
        continue;
    }
    const result = { properties: new Set(), values: 0 };
    survey_expanded(expanded, result);

    for (const iri of compact.properties) {
        if (!result.properties.has(iri)) {
            fail(`${file}: ${iri} is in the document and not in its expansion`);
        }
    }
    for (const iri of result.properties) {
        if (!compact.properties.has(iri)) {
            fail(`${file}: the expansion has ${iri}, which the document does not`);
        }
    }
    if (compact.values !== result.values) {
        fail(`${file}: the document holds ${compact.values} values and its expansion ${result.values}`);
    }
    if (failures === before) {
        console.log(`${file}: ${compact.properties.size} schema.org properties and ${compact.values} values, all kept by expansion`);
    }
}

if (process.argv.length < 3) {
    fail("usage: node expand.mjs FILE...");
}
process.exit(failures === 0 ? 0 : 1);
