"""Writes BENCHMARKS.md: machine and versions, the goals, and one table per measured case."""
from __future__ import annotations

import datetime
import os
import platform
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .goals import Goal
from .measure import Result


@dataclass
class Section:
    """One table: rows of results, each compared with the anchors present in `refs`
    (tool name → result key)."""
    title: str
    text: str
    rows: list[tuple[str, str]]          # (label, result key)
    refs: dict[str, str]
    scaling: tuple[tuple[str, ...], tuple[int, ...]] | None = None   # (tools, point counts)
    pairs: tuple[tuple[str, str], list[tuple[str, str, str]]] | None = None  # (names, rows)


def _first_line(cmd: list[str]) -> str:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "not available"
    lines = (proc.stdout or proc.stderr).strip().splitlines()
    return lines[0].strip() if proc.returncode == 0 and lines else "not available"


def machine(root: Path, venv_python: Path, tradechart: Path) -> list[tuple[str, str]]:
    """What the numbers were measured on."""
    cpu = "unknown"
    meminfo = ""
    try:
        cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text()).group(1)
        meminfo = Path("/proc/meminfo").read_text()
    except (OSError, AttributeError):
        pass
    mem = re.search(r"MemTotal:\s*(\d+)", meminfo)
    debian = Path("/etc/debian_version")
    py = str(venv_python)
    return [
        ("date (UTC)", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")),
        ("CPU", f"{cpu}, {os.cpu_count()} cores"),
        ("memory", f"{int(mem.group(1)) / 1024 / 1024:.1f} GiB" if mem else "unknown"),
        ("system", f"Debian {debian.read_text().strip() if debian.exists() else '?'}, "
                   f"Linux {platform.release()}"),
        ("tradechart", _first_line([str(tradechart), "--version"]) + " @ "
         + _first_line(["git", "-C", str(root), "describe", "--always", "--dirty"])),
        ("swift", _first_line(["swift", "--version"])),
        ("cairo / pango", _first_line(["pkg-config", "--modversion", "cairo"]) + " / "
         + _first_line(["pkg-config", "--modversion", "pango"])),
        ("hyperfine", _first_line(["hyperfine", "--version"])),
        ("gnuplot", _first_line(["gnuplot", "--version"])),
        ("python / matplotlib / numpy", _first_line([py, "-c",
            "import sys, matplotlib, numpy; print(sys.version.split()[0], matplotlib.__version__, numpy.__version__)"])),
    ]


def _ms(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds * 1000:.1f}"


def _table(section: Section, results: dict[str, Result]) -> list[str]:
    refs = {tool: results.get(key) for tool, key in section.refs.items()}
    refs = {tool: ref for tool, ref in refs.items() if ref is not None and ref.ok and ref.median > 0}
    head = ["", "median ms", "± σ ms", "CPU ms", "runs", "peak MB"] + [f"÷ {tool}" for tool in section.refs]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, key in section.rows:
        result = results.get(key)
        if result is None or not result.ok:
            note = result.note if result is not None else "n/a"
            lines.append(f"| {label} | {note} |" + " |" * (len(head) - 2))
            continue
        cells = [label, _ms(result.median),
                 "–" if result.runs == 0 else _ms(result.stddev), _ms(result.cpu),
                 str(result.runs) if result.runs else "derived",
                 "–" if result.peak_mb is None else f"{result.peak_mb:.1f}"]
        for tool in section.refs:
            ref = refs.get(tool)
            cells.append("–" if ref is None or results.get(section.refs[tool]) is result
                         else f"{result.median / ref.median:.2f}×")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _scaling_table(tools: tuple[str, ...], counts: tuple[int, ...],
                   results: dict[str, Result]) -> list[str]:
    """Milliseconds per point count, and the cost per point above the smallest count."""
    head = ["points"] + [f"{tool} ms" for tool in tools] + [f"{tool} ns/point above {counts[0]:,}"
                                                            for tool in tools]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for n in counts:
        times, per_point = [], []
        for tool in tools:
            row, base = results.get(f"scale.{tool}.{n}"), results.get(f"scale.{tool}.{counts[0]}")
            times.append(_ms(row.median) if row is not None and row.ok else "n/a")
            if n == counts[0] or row is None or not row.ok or base is None or not base.ok:
                per_point.append("–")
            else:
                per_point.append(f"{(row.median - base.median) / (n - counts[0]) * 1e9:.0f}")
        lines.append("| " + " | ".join([f"{n:,}", *times, *per_point]) + " |")
    return lines


def _pair_table(names: tuple[str, str], rows: list[tuple[str, str, str]],
                results: dict[str, Result]) -> list[str]:
    """Two programs side by side, with the first's median divided by the second's."""
    head = ["", f"{names[0]} ms", f"{names[1]} ms", f"{names[0]} ÷ {names[1]}"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, key_a, key_b in rows:
        a, b = results.get(key_a), results.get(key_b)
        cells = [_ms(r.median) if r is not None and r.ok else (r.note if r is not None else "n/a")
                 for r in (a, b)]
        both = a is not None and b is not None and a.ok and b.ok and b.median > 0
        ratio = f"{a.median / b.median:.2f}×" if both else "–"
        lines.append("| " + " | ".join([label, *cells, ratio]) + " |")
    return lines


def write(path: Path, info: list[tuple[str, str]], goals: list[Goal], sections: list[Section],
          results: dict[str, Result], notes: Path, load_before: str, load_after: str) -> None:
    """Render the whole BENCHMARKS.md."""
    met = sum(goal.status == "met" for goal in goals)
    out = ["# tradechart benchmarks", "",
           "Generated by `make bench` (benchmarks/run.py); do not edit by hand — explanations go in "
           "`benchmarks/notes.md`, which is copied below.", "",
           "Every time is a **whole process** (start-up, reading input, rendering, writing the file) "
           "measured by hyperfine without an intermediate shell, after warm-up runs; the median is "
           "shown. Peak memory is the maximum resident set size from `/usr/bin/time -v` (median of "
           "the runs made for it). CPU ms is the mean user + system time, which a busy machine "
           "disturbs less than the wall-clock median. `÷ X` is this row's median divided by X's "
           "median in the same table (below 1 means faster than X).", "",
           "## Machine and versions", "", "| | |", "|---|---|"]
    out += [f"| {key} | {value} |" for key, value in info]
    out += [f"| load average (1, 5, 15 min) | {load_before} at start, {load_after} at end |", "",
            f"## Goals: {met} of {len(goals)} met", "",
            "| goal | target | measured | status | why / context |", "|---|---|---|---|---|"]
    for goal in goals:
        status = "**met**" if goal.status == "met" else goal.status
        out.append(f"| {goal.name} | {goal.target} | {goal.measured} | {status} | {goal.why} |")
    for section in sections:
        if section.scaling:
            table = _scaling_table(*section.scaling, results)
        elif section.pairs:
            table = _pair_table(*section.pairs, results)
        else:
            table = _table(section, results)
        out += ["", f"## {section.title}", "", section.text, ""] + table
    if notes.exists():
        out += ["", "## Notes", "", notes.read_text().strip()]
    path.write_text("\n".join(out) + "\n")
