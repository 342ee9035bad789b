#!/usr/bin/env python3
"""Writes fuzz/dossier.dict, the libFuzzer dictionary for fuzz_read_dossier: every member
name and enumerator of the model, as JSON strings, taken from the BOOST_DESCRIBE_STRUCT and
BOOST_DESCRIBE_ENUM lines of include/communique/*.hpp, plus JSON punctuation and values
that make the vocabulary types' checks (dates, codes, decimals) interesting.

    python3 fuzz/make_dict.py > fuzz/dossier.dict
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
members, enumerators = set(), set()
for header in sorted((root / "include" / "communique").glob("*.hpp")):
    text = header.read_text()
    for body in re.findall(r"BOOST_DESCRIBE_STRUCT\(\s*\w+\s*,\s*\([^)]*\)\s*,\s*\(([^)]*)\)", text):
        members.update(name.strip() for name in body.split(",") if name.strip())
    for body in re.findall(r"BOOST_DESCRIBE_ENUM\(\s*\w+\s*,([^)]*)\)", text):
        enumerators.update(name.strip() for name in body.split(",") if name.strip())


def json_name(name):
    # A trailing underscore only avoids a C++ keyword ("signed_" is "signed").
    return name[:-1] if name.endswith("_") else name


def entry(label, token):
    escaped = token.replace("\\", "\\\\").replace('"', '\\"')
    return f'{label}="{escaped}"'


print("# libFuzzer dictionary for fuzz_read_dossier; made by fuzz/make_dict.py, do not edit.")
print("# Member names, as object keys.")
for name in sorted({json_name(m) for m in members}):
    print(entry(f"member_{name}", f'"{name}":'))
print("# Enumerators, as string values.")
for name in sorted({json_name(e) for e in enumerators}):
    print(entry(f"enum_{name}", f'"{name}"'))
print("# JSON syntax.")
syntax = {
    "object_open": "{", "object_close": "}", "array_open": "[", "array_close": "]", "comma": ",",
    "colon": ":", "quote": '"', "null": "null", "true": "true", "false": "false",
    "escape_unicode": "\\u00e9", "escape_surrogates": "\\ud83d\\ude00", "escape_nul": "\\u0000",
    "escape_slash": "\\/", "escape_quote": '\\"',
    "number_exponent": "1e9", "number_fraction": "2.0", "number_negative": "-1",
    "number_big": "18446744073709551616", "number_uint32_max": "4294967295", "number_huge": "1e400",
    "empty_object": "{}", "empty_array": "[]",
}
for label, token in syntax.items():
    print(entry(label, token))
print("# Values for the vocabulary types.")
values = {
    "format_version": '"2"', "format_version_old": '"1"', "date_year": '"2026"', "date_month": '"2026-02"', "date_day": '"2026-02-12"',
    "date_leap": '"2024-02-29"', "date_bad": '"2026-02-30"', "date_time_z": '"2026-02-12T10:00:00Z"',
    "date_time_offset": '"2026-02-12T10:00:00+05:00"', "date_time_minus_zero": '"2026-02-12T10:00:00-00:00"',
    "offset_max": "+18:00", "country_pk": '"PK"', "country_kz": '"KZ"', "country_bad": '"XX"',
    "currency_usd": '"USD"', "currency_xxx": '"XXX"', "currency_bad": '"usd"',
    "decimal": '"1700000000"', "decimal_fraction": '"-12.50"', "decimal_max": '"999999999999999999"',
    "decimal_small": '"0.000000000000000001"', "decimal_too_long": '"9999999999999999999"',
    "pointer_escapes": '"a/b~c"', "empty_string": '""',
}
for label, token in values.items():
    print(entry(label, token))
