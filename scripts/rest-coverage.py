#!/usr/bin/env python3
"""Compares the routes the REST client implements with the operations of Discord's OpenAPI
description and prints `covered X of Y operations` (--missing lists the others).

Routes come from src/rest/client/routes.hpp (`Route name{"METHOD", "/path"}`); parameter names
differ between the two ({emoji} against {emoji_name}, {interaction_token} against
{webhook_token}), so every `{...}` is compared as a bare placeholder.
"""

import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
METHODS = ("get", "post", "put", "patch", "delete")
# A Route definition, possibly wrapped over lines by clang-format.
ROUTE = re.compile(r'Route\s+\w+\s*\{\s*"([A-Z]+)"\s*,\s*"([^"]+)"\s*\}', re.S)


def normalise(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/"))


def default_spec() -> pathlib.Path:
    for candidate in (ROOT.parent / "shared", pathlib.Path("/work/shared")):
        spec = candidate / "discord-api" / "openapi.json"
        if spec.is_file():
            return spec
    return ROOT.parent / "shared" / "discord-api" / "openapi.json"


def client_routes(routes_hpp: pathlib.Path) -> set:
    text = routes_hpp.read_text(encoding="utf-8")
    return {(m, normalise(p)) for m, p in ROUTE.findall(text)}


def spec_operations(openapi: pathlib.Path) -> dict:
    spec = json.loads(openapi.read_text(encoding="utf-8"))
    out = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                out[(method.upper(), normalise(path))] = f"{method.upper()} {path}"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=pathlib.Path, default=None, help="openapi.json")
    parser.add_argument("--routes", type=pathlib.Path,
                        default=ROOT / "src" / "rest" / "client" / "routes.hpp")
    parser.add_argument("--missing", action="store_true", help="list the operations not covered")
    parser.add_argument("--strict", action="store_true", help="fail when the description is missing")
    args = parser.parse_args()
    spec_path = args.spec or default_spec()
    if not spec_path.is_file():
        # Not an error of the code under test: `make test` goes on without the figure.
        print(f"rest-coverage: no OpenAPI description at {spec_path}; pass --spec", file=sys.stderr)
        return 2 if args.strict else 0
    operations = spec_operations(spec_path)
    implemented = client_routes(args.routes)
    covered = [k for k in operations if k in implemented]
    print(f"covered {len(covered)} of {len(operations)} operations")
    if args.missing:
        for key in sorted(set(operations) - set(covered), key=lambda k: (k[1], k[0])):
            print(f"  missing {operations[key]}")
    unknown = sorted(implemented - set(operations))
    if args.missing and unknown:
        print("client routes the description does not list:")
        for method, path in unknown:
            print(f"  {method} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
