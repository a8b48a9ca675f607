#!/usr/bin/env python3
"""Phrase catalogues: converts `t("English", "Vietnamese")` calls of the briefing texts into
`t("English")` (a Phrase keyed by its English) and writes the Vietnamese into
Sources/TradeCharts/Phrases/vi.phrases, then regenerates Sources/TradeCharts/EmbeddedPhrases.swift.

Re-runnable: run it after merging a branch that still has two-language calls; calls it cannot
convert (an argument that is not a string literal, a Vietnamese interpolation the English lacks)
are listed with file:line and left alone (convert them by hand, then re-run).

    scripts/phrases.py            convert, update vi.phrases, embed
    scripts/phrases.py --embed    only regenerate EmbeddedPhrases.swift from Phrases/*.phrases
    scripts/phrases.py --prune    also drop catalogue entries no call uses
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = [os.path.join(ROOT, "Sources", "TradeCharts")]
PHRASES = os.path.join(ROOT, "Sources", "TradeCharts", "Phrases")
EMBEDDED = os.path.join(ROOT, "Sources", "TradeCharts", "EmbeddedPhrases.swift")
LANG = "vi"

HEADER = """\
# Vietnamese phrases of the briefing pack (charts, report, figures.csv), keyed by their English.
# Each entry: `en:` the English as the code writes it, `{1}`, `{2}`… for the values put in
# (numbers, years, names, already formatted), an optional `context:` where one English text needs
# two translations, then `vi:` the translation, using the same placeholders in any order.
# `\\n` is a line break, `\\s` a space at either end, `\\\\` a backslash; `{{` and `}}` are braces.
# Sections name the source file that uses the phrases. After editing: `make phrases`, `swift test`.
"""


class Unconvertible(Exception):
    pass


def parse_literal(src, i):
    """A Swift string literal at src[i] == '"' (not multi-line, not raw). Returns (end, segments):
    segments are ('lit', text) with escapes resolved and ('expr', source) for interpolations."""
    if src.startswith('"""', i) or src[i] != '"':
        raise Unconvertible("not a plain string literal")
    i += 1
    segs, buf = [], []
    while True:
        if i >= len(src) or src[i] == "\n":
            raise Unconvertible("unterminated string literal")
        c = src[i]
        if c == '"':
            if buf:
                segs.append(("lit", "".join(buf)))
            return i + 1, segs
        if c == "\\":
            n = src[i + 1]
            if n == "(":
                if buf:
                    segs.append(("lit", "".join(buf)))
                    buf = []
                end = matching_paren(src, i + 1)
                segs.append(("expr", src[i + 2:end]))
                i = end + 1
                continue
            simple = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "0": "\0", "r": "\r"}
            if n in simple:
                buf.append(simple[n])
                i += 2
                continue
            if n == "u":
                m = re.match(r"u\{([0-9a-fA-F]+)\}", src[i + 1:])
                if not m:
                    raise Unconvertible("bad \\u escape")
                buf.append(chr(int(m.group(1), 16)))
                i += 1 + m.end()
                continue
            raise Unconvertible("unknown escape \\" + n)
        buf.append(c)
        i += 1


def matching_paren(src, i):
    """Index of the ')' closing the '(' at src[i], skipping nested string literals."""
    depth = 0
    while i < len(src):
        c = src[i]
        if c == '"':
            i, _ = parse_literal(src, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise Unconvertible("unbalanced parentheses")


def skip_ws(src, i):
    while i < len(src) and src[i] in " \t\r\n":
        i += 1
    return i


def parse_concat(src, i):
    """One literal or several joined by `+`; returns (end, segments)."""
    end, segs = parse_literal(src, i)
    while True:
        j = skip_ws(src, end)
        if j < len(src) and src[j] == "+":
            k = skip_ws(src, j + 1)
            if k < len(src) and src[k] == '"':
                end, more = parse_literal(src, k)
                segs = segs + more
                continue
        return end, segs


def merged(segs):
    out = []
    for kind, v in segs:
        if kind == "lit" and out and out[-1][0] == "lit":
            out[-1] = ("lit", out[-1][1] + v)
        else:
            out.append((kind, v))
    return out


def braces(text):
    return text.replace("{", "{{").replace("}", "}}")


def key_of(segs):
    key, n = [], 0
    for kind, v in segs:
        if kind == "lit":
            key.append(braces(v))
        else:
            n += 1
            key.append("{%d}" % n)
    return "".join(key)


def swift_literal(segs):
    out = ['"']
    for kind, v in segs:
        if kind == "lit":
            for c in v:
                out.append({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}.get(c, c))
        else:
            out.append("\\(" + v + ")")
    out.append('"')
    return "".join(out)


CALL = re.compile(r"(?<![A-Za-z0-9_])(?<!func )t\(")
DECL = re.compile(r"\b(?:func|var|let|case)\s+([A-Za-z_][A-Za-z0-9_]*)")


def in_comment(src, i):
    return "//" in src[src.rfind("\n", 0, i) + 1:i]


def line_of(src, i):
    return src.count("\n", 0, i) + 1


class Converter:
    def __init__(self, catalogue):
        self.catalogue = catalogue  # ordered list of entries
        self.index = {(e["key"], e["context"]): e for e in catalogue}
        self.problems = []
        self.converted = 0

    def convert(self, src, path, base=0, whole=None):
        """src with every convertible two-language call rewritten (inner calls first)."""
        whole = whole if whole is not None else src
        out, pos = [], 0
        for m in CALL.finditer(src):
            if m.start() < pos or in_comment(src, m.start()):
                continue
            start = m.end()
            try:
                i = skip_ws(src, start)
                if i >= len(src) or src[i] != '"':
                    raise Unconvertible("first argument is not a string literal")
                i, en = parse_concat(src, i)
                i = skip_ws(src, i)
                if src[i] == ")" or src.startswith("context:", skip_ws(src, i + 1)):
                    continue  # already a Phrase call
                if src[i] != ",":
                    raise Unconvertible("expected ',' after the English")
                i = skip_ws(src, i + 1)
                if src[i] != '"':
                    raise Unconvertible("second argument is not a string literal")
                i, vi = parse_concat(src, i)
                i = skip_ws(src, i)
                if src[i] != ")":
                    raise Unconvertible("expected ')' after the Vietnamese")
                end = i + 1
                at = base + m.start()
                en = merged([(k, v if k == "lit" else self.convert(v, path, base, whole)) for k, v in en])
                vi = merged([(k, v if k == "lit" else self.convert(v, path, base, whole)) for k, v in vi])
                exprs = [v.strip() for k, v in en if k == "expr"]
                template = []
                for k, v in vi:
                    if k == "lit":
                        template.append(braces(v))
                    elif v.strip() in exprs:
                        template.append("{%d}" % (exprs.index(v.strip()) + 1))
                    else:
                        raise Unconvertible("the Vietnamese interpolates '%s', which the English does not" % v.strip())
                key, translation = key_of(en), "".join(template)
                context = self.place(key, translation, path, whole, at)
                call = "t(" + swift_literal(en) + (', context: "%s"' % context if context else "") + ")"
                out.append(src[pos:m.start()])
                out.append(call)
                pos = end
                self.converted += 1
            except (Unconvertible, IndexError) as e:
                self.problems.append("%s:%d: not converted: %s" % (os.path.relpath(path, ROOT), line_of(whole, base + m.start()), e))
        out.append(src[pos:])
        return "".join(out)

    def place(self, key, translation, path, whole, at):
        """The context for (key, translation): none when the key is new or has this translation;
        else the enclosing declaration's name (with a number when that is taken too)."""
        section = os.path.basename(path)
        contexts = [None]
        names = DECL.findall(whole[:at])
        if names:
            contexts.append(names[-1])
            contexts += ["%s-%d" % (names[-1], n) for n in range(2, 20)]
        for context in contexts:
            entry = self.index.get((key, context))
            if entry is None:
                entry = {"key": key, "context": context, "translation": translation, "section": section}
                self.catalogue.append(entry)
                self.index[(key, context)] = entry
                return context
            if entry["translation"] == translation:
                return context
        raise Unconvertible("too many translations of '%s'" % key)


def escape_value(text):
    v = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    if v.startswith(" "):
        v = "\\s" + v[1:]
    if v.endswith(" "):
        v = v[:-1] + "\\s"
    return v


def unescape_value(v, where):
    out, i = [], 0
    while i < len(v):
        if v[i] == "\\":
            n = v[i + 1:i + 2]
            if n not in ("n", "t", "s", "\\"):
                sys.exit("%s: unknown escape \\%s" % (where, n))
            out.append({"n": "\n", "t": "\t", "s": " ", "\\": "\\"}[n])
            i += 2
        else:
            out.append(v[i])
            i += 1
    return "".join(out)


def read_catalogue(path):
    entries, section, cur = [], None, None
    if not os.path.exists(path):
        return entries
    for n, raw in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        where = "%s:%d" % (os.path.relpath(path, ROOT), n)
        if raw.startswith("# == "):
            section = raw[5:].strip()
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        name, _, value = raw.partition(":")
        value = unescape_value(value[1:] if value.startswith(" ") else value, where)
        if name == "en":
            cur = {"key": value, "context": None, "section": section}
        elif name == "context":
            cur["context"] = value
        elif name == LANG:
            cur["translation"] = value
            entries.append(cur)
        else:
            sys.exit("%s: unknown field %r" % (where, name))
    return entries


def write_catalogue(path, entries):
    sections = []
    for e in entries:
        if e["section"] not in sections:
            sections.append(e["section"])
    lines = [HEADER]
    for s in sections:
        lines.append("# == %s\n" % s)
        for e in entries:
            if e["section"] != s:
                continue
            lines.append("en: %s" % escape_value(e["key"]))
            if e["context"]:
                lines.append("context: %s" % escape_value(e["context"]))
            lines.append("%s: %s\n" % (LANG, escape_value(e["translation"])))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def used_keys(paths):
    """(key, context) of every one-argument Phrase call."""
    used = set()
    for path in paths:
        src = open(path, encoding="utf-8").read()
        for m in CALL.finditer(src):
            if in_comment(src, m.start()):
                continue
            try:
                i = skip_ws(src, m.end())
                if src[i] != '"':
                    continue
                i, en = parse_concat(src, i)
                i = skip_ws(src, i)
                context = None
                if src[i] == ",":
                    j = skip_ws(src, i + 1)
                    if not src.startswith("context:", j):
                        continue
                    _, c = parse_literal(src, skip_ws(src, j + len("context:")))
                    context = "".join(v for _, v in c)
                elif src[i] != ")":
                    continue
                used.add((key_of(merged(en)), context))
            except (Unconvertible, IndexError):
                continue
    return used


def embed():
    files = sorted(f for f in os.listdir(PHRASES) if f.endswith(".phrases"))
    out = ["// Generated by scripts/phrases.py from Sources/TradeCharts/Phrases/ — do not edit; run `make phrases`.",
           "enum EmbeddedPhrases {",
           "    static let files: [String: String] = ["]
    for f in files:
        text = open(os.path.join(PHRASES, f), encoding="utf-8").read()
        hashes = "#" * (max((len(h) for h in re.findall("#+", text)), default=0) + 1)
        out.append('        "%s": %s"""' % (f[:-len(".phrases")], hashes))
        out.append(text)
        out.append('"""%s,' % hashes)
    out += ["    ]", "}", ""]
    with open(EMBEDDED, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote %s" % os.path.relpath(EMBEDDED, ROOT))


def swift_files():
    for d in SOURCES:
        for f in sorted(os.listdir(d)):
            if f.endswith(".swift") and f != os.path.basename(EMBEDDED):
                yield os.path.join(d, f)


def main(args):
    catalogue_path = os.path.join(PHRASES, LANG + ".phrases")
    if "--embed" not in args:
        entries = read_catalogue(catalogue_path)
        conv = Converter(entries)
        for path in swift_files():
            src = open(path, encoding="utf-8").read()
            new = conv.convert(src, path)
            if new != src:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(new)
        if "--prune" in args:
            used = used_keys(list(swift_files()))
            kept = [e for e in conv.catalogue if (e["key"], e["context"]) in used]
            print("pruned %d unused entries" % (len(conv.catalogue) - len(kept)))
            conv.catalogue[:] = kept
        write_catalogue(catalogue_path, conv.catalogue)
        print("converted %d calls; %s: %d entries" % (conv.converted, os.path.relpath(catalogue_path, ROOT), len(conv.catalogue)))
        for p in conv.problems:
            print(p)
    embed()


if __name__ == "__main__":
    main(sys.argv[1:])
