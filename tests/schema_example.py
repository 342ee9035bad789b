#!/usr/bin/env python3
"""docs/json-schema.md's example: a dossier made in Python, checked against the committed
schema with jsonschema, then written for C++ to read (tests/schema_example_read.cpp).

    schema_example.py <dossier.schema.json> <output.json>
"""

import json
import sys

import jsonschema

schema_path, output_path = sys.argv[1:]

with open(schema_path, encoding="utf-8") as file:
    schema = json.load(file)

dossier = {
    "format_version": "2",
    "organizations": [
        {"id": "issi", "name": "Institute of Strategic Studies Islamabad", "kind": "think_tank", "country": "PK"},
    ],
    "events": [
        {
            "id": "issi-kazakhstan-2026",
            "title": "Pakistan and Kazakhstan: a new era of strategic partnership",
            "kind": "conference",
            "start_date": "2026-02-12",
            "organizers": [{"organization": "issi", "role": "host"}],
        },
    ],
}

# Raises jsonschema.ValidationError, naming the member, for a dossier that read would refuse.
jsonschema.Draft202012Validator(schema).validate(dossier)

with open(output_path, "w", encoding="utf-8") as file:
    json.dump(dossier, file, ensure_ascii=False, indent=2)
