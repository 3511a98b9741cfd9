#!/usr/bin/env python3
"""Validates every catalog file against its JSON Schema and checks what a schema cannot say:
file name = id, grammars named by inputs exist, exactly one primary channel, ids unique."""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(sys.argv[1])
catalog = root / "resources" / "catalog"
problems = []


def load(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        problems.append(f"{path}: {e}")
        return None


tool_schema = load(catalog / "schema" / "tool.schema.json")
grammar_schema = load(catalog / "schema" / "grammars.schema.json")
for schema in (tool_schema, grammar_schema):
    jsonschema.Draft7Validator.check_schema(schema)

grammars = load(catalog / "grammars.json")
for error in jsonschema.Draft7Validator(grammar_schema).iter_errors(grammars):
    problems.append(f"grammars.json: {'/'.join(map(str, error.path))}: {error.message}")
for name, g in grammars.get("grammars", {}).items():
    for case in g.get("cases", []):
        s = case["match"].get("set")
        if s and s not in grammars["value_sets"]:
            problems.append(f"grammars.json: {name} names the unknown value set {s}")

tools = sorted((catalog / "tools").glob("*.json"))
if not tools:
    problems.append("no tool files in resources/catalog/tools")
for path in tools:
    tool = load(path)
    if tool is None:
        continue
    for error in jsonschema.Draft7Validator(tool_schema).iter_errors(tool):
        problems.append(f"{path.name}: {'/'.join(map(str, error.path))}: {error.message}")
    if tool.get("id") != path.stem:
        problems.append(f"{path.name}: id {tool.get('id')!r} differs from the file name")
    for i in tool.get("inputs", []):
        if "grammar" in i and i["grammar"] not in grammars["grammars"]:
            problems.append(f"{path.name}: input {i.get('key')} names the unknown grammar {i['grammar']}")
    primaries = [c for c in tool.get("channels", []) if c.get("primary")]
    if len(primaries) != 1:
        problems.append(f"{path.name}: {len(primaries)} primary channels; exactly one decides the state")
    kinds = {i["kind"] for i in tool.get("identifiers", [])}
    for r in tool.get("records", []):
        if "identifier" in r and r["identifier"] not in kinds:
            problems.append(f"{path.name}: record {r.get('path')} names the undeclared identifier {r['identifier']}")

# The schema must reject what a broken entry looks like; otherwise this check could never fail.
if tools:
    broken = json.loads(tools[0].read_text(encoding="utf-8"))
    broken.pop("id")
    broken["inputs"].append({"kind": "env"})
    broken["records"].append({"path": "~/x", "format": "xml", "what": "identifier", "written_while_disabled": False})
    found = {"/".join(map(str, e.path)) or e.validator for e in jsonschema.Draft7Validator(tool_schema).iter_errors(broken)}
    if not any(f == "required" for f in found) or not any(f.startswith("inputs") for f in found) \
            or not any(f.startswith("records") for f in found):
        problems.append(f"the tool schema accepts a broken entry (errors found: {sorted(found)})")

for p in problems:
    print(p)
print(f"{len(tools)} tool files and grammars.json checked, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
