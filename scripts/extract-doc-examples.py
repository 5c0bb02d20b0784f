#!/usr/bin/env python3
"""Extract the JSON examples of Discord's API docs as test data for the model layer.

Every ```json block of docs/**/*.mdx becomes tests/model/data/doc-examples/<page>-<n>.json,
and manifest.tsv next to them lists "<file>\t<model>\t<heading>", where <model> is
guessed from the nearest heading above the block ("Example Guild Member" -> GuildMember).
// comments and trailing commas are removed; blocks that still do not parse are listed
on stderr and skipped.

Usage: scripts/extract-doc-examples.py [DOCS_DIR] [OUT_DIR]
"""

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_DOCS = pathlib.Path("/work/shared/discord-api/docs")
DEFAULT_OUT = ROOT / "tests/model/data/doc-examples"

FENCE_OPEN = re.compile(r"^\s*```\s*(json|jsonc|json5)\b", re.IGNORECASE)
FENCE_CLOSE = re.compile(r"^\s*```\s*$")
HEADING = re.compile(r"^\s*#{1,6}\s+(.*?)\s*$")


def strip_comments(text: str) -> str:
    """Removes // and /* */ comments outside JSON strings."""
    out = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def strip_trailing_commas(text: str) -> str:
    return re.sub(r",(\s*[}\]])", r"\1", text)


def strip_spreads(text: str) -> str:
    """Drops the "...otherFields," placeholder lines some examples use."""
    return re.sub(r"(?m)^\s*\.\.\.[\w.]*\s*,?\s*(//.*)?$", "", text)


def model_name(heading: str) -> str:
    """'Example Guild Member' -> 'GuildMember'; 'Example Message (reply)' -> 'Message'."""
    text = re.sub(r"\(.*?\)", "", heading)
    text = re.sub(r"[`*_]", "", text)
    text = re.sub(r"^\s*examples?\b", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(object|payload|response|structure)\b", "", text, flags=re.IGNORECASE)
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words) or "Unknown"


def is_generic(heading: str) -> bool:
    """'Examples', 'Example Response': headings that name no model."""
    return model_name(heading) in ("Unknown",) or re.fullmatch(
        r"\s*examples?(\s+(response|request|payload))?\s*", heading, re.IGNORECASE
    ) is not None


def blocks(path: pathlib.Path):
    """Yields (heading, code) for each JSON block of one page. A generic heading
    ("Examples") is replaced by the nearest enclosing heading that names something."""
    stack = []  # (level, text) of the enclosing headings
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = HEADING.match(lines[i])
        if match:
            level = len(lines[i].lstrip()) - len(lines[i].lstrip().lstrip("#"))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, match.group(1)))
        if FENCE_OPEN.match(lines[i]):
            heading = next((text for _, text in reversed(stack) if not is_generic(text)), "")
            body = []
            i += 1
            while i < len(lines) and not FENCE_CLOSE.match(lines[i]):
                body.append(lines[i])
                i += 1
            yield heading, "\n".join(body)
        i += 1


def main() -> int:
    docs = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DOCS
    out = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    manifest, skipped = [], []
    for page in sorted(docs.rglob("*.mdx")):
        stem = "-".join(page.relative_to(docs).with_suffix("").parts)
        count = 0
        for heading, code in blocks(page):
            count += 1
            try:
                value = json.loads(strip_trailing_commas(strip_comments(strip_spreads(code))))
            except json.JSONDecodeError as error:
                skipped.append(f"{stem}-{count} ({heading or 'no heading'}): {error.msg}")
                continue
            if not isinstance(value, (dict, list)):
                skipped.append(f"{stem}-{count} ({heading}): not an object or array")
                continue
            name = f"{stem}-{count}.json"
            # ensure_ascii=False keeps the docs' unicode as UTF-8 text.
            (out / name).write_text(
                json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            manifest.append(f"{name}\t{model_name(heading)}\t{heading}")
    (out / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(f"wrote {len(manifest)} examples to {out}", file=sys.stderr)
    if skipped:
        print(f"skipped {len(skipped)} blocks that are not valid JSON:", file=sys.stderr)
        for line in skipped:
            print(f"  {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
