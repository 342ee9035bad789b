#!/usr/bin/env python3
"""Runs two independent JSON Schema validators over the corpus that schema_corpus made, and
fails unless each agrees with communique::read on every document.

    schema_validators.py <schema.json> <ajv> <corpus folder>

The validators are Python's jsonschema and Ajv (its command-line tool, which
tools/install-dependencies.sh installs in tests/interop/node_modules). Each first checks the
schema itself against draft 2020-12 (Ajv in strict mode). Then, for every document of the
corpus's manifest.json: "valid" ones (which read accepts) must be valid, "invalid" ones
(which read refuses) must be invalid, and "read only" ones (which read refuses for a reason
that no JSON Schema can see, docs/json-schema.md says which) must be valid. A missing
validator fails the test.
"""

import json
import os
import subprocess
import sys


def fail(message):
    print("schema_validators: " + message, file=sys.stderr)
    sys.exit(1)


def load(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def python_verdicts(schema, documents):
    try:
        import jsonschema
    except ImportError:
        fail("Python's jsonschema not found: run tools/install-dependencies.sh (Debian package python3-jsonschema)")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    return {path: validator.is_valid(load(path)) for path in documents}


def ajv_verdicts(ajv, schema_path, documents):
    options = ["--spec=draft2020", "--strict=true"]
    compiled = subprocess.run([ajv, "compile", *options, "-s", schema_path], capture_output=True, text=True)
    if compiled.returncode != 0:
        fail("Ajv refuses the schema:\n" + compiled.stdout + compiled.stderr)
    verdicts = {}
    # Ajv prints "<file> valid" or "<file> invalid" for each file, the errors after the latter.
    batch = 200
    for start in range(0, len(documents), batch):
        files = documents[start:start + batch]
        arguments = [ajv, "validate", *options, "--errors=line", "-s", schema_path]
        for path in files:
            arguments += ["-d", path]
        result = subprocess.run(arguments, capture_output=True, text=True)
        lines = set((result.stdout + result.stderr).splitlines())
        for path in files:
            if path + " valid" in lines:
                verdicts[path] = True
            elif path + " invalid" in lines:
                verdicts[path] = False
            else:
                fail("Ajv said nothing of " + path + ":\n" + result.stdout + result.stderr)
    return verdicts


def main():
    if len(sys.argv) != 4:
        fail("usage: schema_validators.py <schema.json> <ajv> <corpus folder>")
    schema_path, ajv, corpus = sys.argv[1:]
    if not os.path.isfile(ajv):
        fail("Ajv not found at " + ajv + ": run tools/install-dependencies.sh")
    schema = load(schema_path)
    manifest = load(os.path.join(corpus, "manifest.json"))
    documents = [entry["file"] for entry in manifest]
    verdicts = {
        "jsonschema": python_verdicts(schema, documents),
        "Ajv": ajv_verdicts(ajv, schema_path, documents),
    }

    counts = {}
    disagreements = []
    for entry in manifest:
        expect = entry["expect"]
        counts[expect] = counts.get(expect, 0) + 1
        should_be_valid = expect in ("valid", "read only")
        for validator, verdict in verdicts.items():
            if verdict[entry["file"]] != should_be_valid:
                disagreements.append(
                    "%s finds %s %s, which is %s: %s"
                    % (validator, entry["file"], "valid" if verdict[entry["file"]] else "invalid", expect,
                       entry["what"]))

    print("schema_validators: %d documents (%s), each through jsonschema and Ajv"
          % (len(manifest), ", ".join("%d %s" % (n, e) for e, n in sorted(counts.items()))))
    if counts.get("valid", 0) == 0 or counts.get("invalid", 0) == 0:
        fail("the corpus needs both valid and invalid documents")
    if disagreements:
        fail("%d disagreements with read:\n  %s" % (len(disagreements), "\n  ".join(disagreements)))


if __name__ == "__main__":
    main()
