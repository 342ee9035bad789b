// Type-checks JSON-LD documents against schema.org's vocabulary, with the types of
// schema-dts and the TypeScript compiler:
//
//   node tests/interop/typecheck.mjs FILE...
//
// Each document becomes a module `const doc: Graph = <the document>;` (Graph: schema-dts's
// type of a {"@context": "https://schema.org", "@graph": [...]} document), and
// `tsc --strict --noEmit` must accept them all: a property that a node's @type does not
// have, a type that schema.org lacks, or a value of the wrong kind fails. So that the check
// cannot pass vacuously, the first document is also compiled with a property that no
// schema.org type has added to its first node, and that must fail.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, "node_modules");
const tsc = path.join(modules, "typescript", "bin", "tsc");
for (const needed of [tsc, path.join(modules, "schema-dts", "package.json")]) {
    if (!fs.existsSync(needed)) {
        console.error(`${needed} is missing: tools/install-dependencies.sh installs the packages of tests/interop`);
        process.exit(1);
    }
}

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error("usage: node typecheck.mjs FILE...");
    process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "communique-typecheck-"));
fs.symlinkSync(modules, path.join(work, "node_modules"), "dir");

function module_text(document) {
    return `import type { Graph } from "schema-dts";\n\nconst doc: Graph = ${JSON.stringify(document, null, 2)};\n\nexport default doc;\n`;
}

// Compiles the modules; the compiler's status and output.
function compile(names) {
    const config = {
        compilerOptions: {
            strict: true,
            noEmit: true,
            target: "es2022",
            module: "esnext",
            moduleResolution: "bundler",
            types: [],
        },
        files: names,
    };
    fs.writeFileSync(path.join(work, "tsconfig.json"), JSON.stringify(config, null, 2));
    const run = spawnSync(process.execPath, [tsc, "--project", work, "--pretty", "false"], { encoding: "utf8" });
    return { status: run.status, output: `${run.stdout}${run.stderr}${run.error ? run.error.message : ""}` };
}

let failed = false;
try {
    const names = files.map((file, i) => {
        const name = `document${i}.ts`;
        fs.writeFileSync(path.join(work, name), module_text(JSON.parse(fs.readFileSync(file, "utf8"))));
        return name;
    });
    const checked = compile(names);
    if (checked.status === 0) {
        files.forEach((file) => console.log(`${file}: every node type-checks against schema.org's vocabulary`));
    } else {
        failed = true;
        console.error(`tsc --strict rejects the documents (documentN.ts is argument N, from 0):\n${checked.output}`);
    }

    const canary = JSON.parse(fs.readFileSync(files[0], "utf8"));
    canary["@graph"][0].notASchemaOrgProperty = "no schema.org type has this property";
    fs.writeFileSync(path.join(work, "canary.ts"), module_text(canary));
    const refused = compile(["canary.ts"]);
    if (refused.status === 0 || !refused.output.includes("notASchemaOrgProperty")) {
        failed = true;
        console.error(`tsc accepts a property that schema.org lacks: the check proves nothing\n${refused.output}`);
    } else {
        console.log("and a property that schema.org lacks is refused, as it should be");
    }
} finally {
    fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
