#!/usr/bin/env python3
"""The benchmark harness behind `make bench`: measures tradechart against matplotlib, gnuplot
and a bare-Cairo floor as whole processes, then writes BENCHMARKS.md at the repository root.

Usage: benchmarks/run.py [--quick]   (run benchmarks/setup.sh first; `make bench` does both)
       TRADECHART_BIN=path/to/tradechart benchmarks/run.py   (measure another build)

The tradechart command lines are the `tc_*` functions below: edit them when the CLI changes.
Rows whose tradechart command is not built yet (`tradechart <command> --help` fails) print
"n/a (not built)" instead of failing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BUILD = BENCH / "build"
OUT = BUILD / "out"
ANCHORS = BENCH / "anchors"
VENV_PY = BENCH / ".venv" / "bin" / "python"
sys.path.insert(0, str(BENCH))

from harness import goals, inputs, report  # noqa: E402
from harness.measure import Result, exit_status, hyperfine, load_average, not_available  # noqa: E402

BATCH_SIZE = 500
MARGINAL_BATCH = 50
LONG_TITLE = "Chuỗi dài (x, y)"


# --- tradechart command lines -------------------------------------------------------------
def tc_render(tc: Path, spec: Path, out: Path) -> list[str]:
    return [str(tc), "render", str(spec), "-o", str(out)]


def tc_batch(tc: Path, specs: list[Path], out_dir: Path, jobs: int | None, fmt: str = "png") -> list[str]:
    jobs_args = ["--jobs", str(jobs)] if jobs else []
    return [str(tc), "render", *map(str, specs), "--out-dir", str(out_dir), "--format", fmt, *jobs_args]


def tc_plot_line(tc: Path, csv: Path, out: Path) -> list[str]:
    return [str(tc), "plot", "line", str(csv), "--x", "x", "--y", "y", "-o", str(out), "--title", LONG_TITLE]


def tc_report(tc: Path, out_dir: Path) -> list[str]:
    return [str(tc), "report", "--out", str(out_dir), "--formats", "png,svg,pdf"]


# --- anchors --------------------------------------------------------------------------------
def gnuplot_line(out: Path) -> list[str]:
    return ["gnuplot", "-e", f"out='{out}'", str(ANCHORS / "line.gp")]


def gnuplot_long(csv: Path, out: Path) -> list[str]:
    return ["gnuplot", "-e", f"data='{csv}'; out='{out}'", str(ANCHORS / "line_1m.gp")]


def matplotlib_line(out: Path) -> list[str]:
    return [str(VENV_PY), str(ANCHORS / "line_matplotlib.py"), str(out)]


def matplotlib_long(csv: Path, out: Path) -> list[str]:
    return [str(VENV_PY), str(ANCHORS / "line_1m_matplotlib.py"), str(csv), str(out)]


class Bench:
    """Runs the rows; `profile` is (warmup, runs) by cost class."""

    def __init__(self, quick: bool) -> None:
        self.results: dict[str, Result] = {}
        scale = 3 if quick else 1
        # (warm-up runs, timed runs, memory runs) by cost class
        self.profile = {"fast": (3, max(20 // scale, 3), 3), "medium": (2, max(10 // scale, 3), 3),
                        "slow": (1, max(5 // scale, 3), 3), "batch": (0, 3, 1)}

    def run(self, key: str, name: str, cmd: list[str] | None, cost: str, unavailable: str = "",
            memory: bool = True, expect_failure: bool = False) -> Result:
        if cmd is None:
            result = not_available(name, unavailable or "n/a")
        else:
            warmup, runs, memory_runs = self.profile[cost]
            print(f"• {name}", flush=True)
            result = hyperfine(name, cmd, BUILD, runs, warmup, memory_runs if memory else 0,
                               expect_failure)
            print(f"  {result.median * 1000:.1f} ms" if result.ok else f"  {result.note}", flush=True)
        self.results[key] = result
        return result

    def derive(self, key: str, name: str, whole: str, base: str, divide: int = 1) -> None:
        """A derived row: (whole − base) / divide, e.g. render cost without process start-up."""
        a, b = self.results.get(whole), self.results.get(base)
        if a is None or b is None or not a.ok or not b.ok:
            missing = a if a is None or not a.ok else b
            self.results[key] = not_available(name, missing.note if missing else "n/a")
            return
        if a.median <= b.median:
            self.results[key] = not_available(name, f"not resolvable: {a.name} is not slower than {b.name}")
            return
        self.results[key] = Result(name=name, command=[], median=(a.median - b.median) / divide,
                                   extra={"from": f"({a.name} − {b.name}) / {divide}"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, for trying the harness")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="specs in the batch rows")
    args = parser.parse_args()
    shutil.rmtree(OUT, ignore_errors=True)   # no stale outputs to mislead a look at them
    OUT.mkdir(parents=True)
    load_before = load_average()
    bench = Bench(args.quick)
    tc = inputs.Tradechart(ROOT)
    spec = BENCH / "specs" / "simple-line.yaml"
    has_mpl = VENV_PY.exists()
    has_gp = shutil.which("gnuplot") is not None
    floor, floor_note = inputs.build_floor(ROOT, BUILD)
    noop = inputs.build_noop(BUILD)
    mpl_na, gp_na = "n/a (matplotlib venv missing)", "n/a (gnuplot missing)"

    # One simple chart, PNG and SVG, whole process.
    floor_both = floor is not None and inputs.floor_writes_both(floor, BUILD)
    if floor_both:   # benchmarks/floor/floor.c writes PNG and SVG in one run
        bench.run("both.floor", "floor png+svg", [str(floor), str(OUT / "line-floor"), "1"], "fast")
    for fmt in ("png", "svg", "pdf"):
        bench.run(f"{fmt}.tradechart", f"tradechart {fmt}",
                  tc_render(tc.path, spec, OUT / f"line-tradechart.{fmt}") if tc.supports("render") else None,
                  "fast", tc.missing("render"))
        if fmt == "pdf":
            bench.results["pdf.floor"] = not_available("floor pdf", "n/a (the floor writes PNG and SVG)")
        elif floor_both:
            bench.results[f"{fmt}.floor"] = bench.results["both.floor"]
        else:
            bench.run(f"{fmt}.floor", f"floor {fmt}", [str(floor), str(OUT / f"line-floor.{fmt}")]
                      if floor else None, "fast", floor_note)
        bench.run(f"{fmt}.gnuplot", f"gnuplot {fmt}", gnuplot_line(OUT / f"line-gnuplot.{fmt}") if has_gp else None,
                  "fast", gp_na)
        bench.run(f"{fmt}.matplotlib", f"matplotlib {fmt}",
                  matplotlib_line(OUT / f"line-matplotlib.{fmt}") if has_mpl else None, "slow", mpl_na)

    # In-process render. tradechart: per chart inside a `--jobs 1` batch, ((50 − 1) specs) / 49,
    # and the first chart as whole process minus `--version`. Floor: its own clock over 200
    # renders when it has one, else whole process minus start-up.
    bench.run("startup.tradechart", "tradechart --version",
              [str(tc.path), "--version"] if tc.path.is_file() else None, "fast", tc.missing())
    if floor and not floor_both and exit_status([str(floor)], BUILD) not in (0, None):
        bench.run("startup.floor", "floor without arguments", [str(floor)], "fast", expect_failure=True)
    else:
        bench.run("startup.floor", "C program linking Cairo+Pango, empty main",
                  [str(noop)] if noop else None, "fast", "n/a (no C compiler)")
    specs = inputs.batch_specs(BUILD, spec, args.batch_size)
    batch_ok = tc.supports("render", option="--jobs")
    own_clock = inputs.floor_render_ms(floor, BUILD, 200, 3) if floor_both else None
    for fmt in ("png", "svg"):
        bench.derive(f"first.{fmt}.tradechart", f"tradechart {fmt} first chart",
                     f"{fmt}.tradechart", "startup.tradechart")
        for count in (1, MARGINAL_BATCH):
            bench.run(f"marginal.{fmt}.{count}", f"tradechart render {count} specs --format {fmt} --jobs 1",
                      tc_batch(tc.path, specs[:count], OUT / f"marginal-{fmt}-{count}", 1, fmt)
                      if batch_ok else None, "medium", tc.missing("render", option="--jobs"), memory=False)
        bench.derive(f"inproc.{fmt}.tradechart", f"tradechart {fmt} per chart in a batch",
                     f"marginal.{fmt}.{MARGINAL_BATCH}", f"marginal.{fmt}.1", MARGINAL_BATCH - 1)
        if own_clock:
            bench.results[f"inproc.{fmt}.floor"] = Result(
                name=f"floor {fmt} in-process", command=[], median=own_clock[fmt] / 1000)
        elif floor_both:
            bench.results[f"inproc.{fmt}.floor"] = not_available(f"floor {fmt}", "n/a (floor timing not printed)")
        else:
            bench.derive(f"inproc.{fmt}.floor", f"floor {fmt} in-process", f"{fmt}.floor", "startup.floor")

    # Long lines: 10^3 … 10^6 points; the 10^6 row is the goal row.
    for points in inputs.POINT_COUNTS:
        csv = inputs.long_line_csv(BUILD, points)
        cost = "slow" if points >= 100_000 else "medium"
        plot_ok = tc.supports("plot", "line")
        bench.run(f"scale.tradechart.{points}", f"tradechart {points:,} points",
                  tc_plot_line(tc.path, csv, OUT / f"long-{points}-tradechart.png") if plot_ok else None,
                  cost, tc.missing("plot", "line"))
        bench.run(f"scale.gnuplot.{points}", f"gnuplot {points:,} points",
                  gnuplot_long(csv, OUT / f"long-{points}-gnuplot.png") if has_gp else None, cost, gp_na)
        bench.run(f"scale.matplotlib.{points}", f"matplotlib {points:,} points",
                  matplotlib_long(csv, OUT / f"long-{points}-matplotlib.png") if has_mpl else None,
                  "slow", mpl_na)
    for tool in ("tradechart", "gnuplot", "matplotlib"):
        bench.results[f"1m.{tool}"] = bench.results[f"scale.{tool}.1000000"]

    # The full briefing pack, and a batch of 500 specs in one process.
    bench.run("report.tradechart", "tradechart report",
              tc_report(tc.path, OUT / "report") if tc.supports("report") else None, "slow", tc.missing("report"))
    bench.run("batch.default", f"tradechart render {len(specs)} specs (default jobs)",
              tc_batch(tc.path, specs, OUT / "batch-default", None) if tc.supports("render", option="--out-dir")
              else None, "batch", tc.missing("render", option="--out-dir"))
    bench.run("batch.jobs1", f"tradechart render {len(specs)} specs --jobs 1",
              tc_batch(tc.path, specs, OUT / "batch-jobs1", 1) if batch_ok else None,
              "batch", tc.missing("render", option="--jobs"))

    cores = os.cpu_count() or 1
    results = bench.results
    judged = goals.evaluate(results, inputs.POINT_COUNTS, cores, load_before)
    report.write(ROOT / "BENCHMARKS.md", report.machine(ROOT, VENV_PY, tc.path), judged,
                 sections(len(specs), floor_both), results, BENCH / "notes.md", load_before, load_average())
    print(f"wrote {ROOT / 'BENCHMARKS.md'}")


def sections(batch_size: int, floor_both: bool) -> list[report.Section]:
    """The tables of BENCHMARKS.md, in the issue's order."""
    four = ("tradechart", "floor", "gnuplot", "matplotlib")
    simple = [report.Section(
        f"One simple line chart, {fmt.upper()}, whole process",
        "11 points, a target band, title, subtitle, source line, axis titles and legend in "
        "Vietnamese, 960×540 px (`benchmarks/specs/simple-line.yaml`, `anchors/line.gp`, "
        "`anchors/line_matplotlib.py`, `floor/floor.c`).",
        [(f"{tool} (PNG + SVG in one run)" if tool == "floor" and floor_both else tool, f"{fmt}.{tool}")
         for tool in four],
        {tool: f"{fmt}.{tool}" for tool in four if not (tool == "floor" and floor_both)})
        for fmt in ("png", "svg", "pdf")]
    inproc = report.Section(
        "In-process render",
        f"Render cost without process start-up. tradechart: per chart inside one `--jobs 1` batch, "
        f"({MARGINAL_BATCH} specs − 1 spec) / {MARGINAL_BATCH - 1}; also its first chart, whole process "
        "minus `tradechart --version`. Floor: " + (
            "its own clock, per render over 200 renders in one process (`floor PREFIX 200`)."
            if floor_both else "whole process minus its start-up."),
        [], {}, pairs=(("tradechart", "floor"), [
            ("PNG, whole process", "png.tradechart", "png.floor"),
            ("SVG, whole process", "svg.tradechart", "svg.floor"),
            ("start-up", "startup.tradechart", "startup.floor"),
            ("PNG, in-process per chart", "inproc.png.tradechart", "inproc.png.floor"),
            ("SVG, in-process per chart", "inproc.svg.tradechart", "inproc.svg.floor"),
            ("PNG, first chart (start-up subtracted)", "first.png.tradechart", "inproc.png.floor"),
            ("SVG, first chart (start-up subtracted)", "first.svg.tradechart", "inproc.svg.floor")]))
    three = ("tradechart", "gnuplot", "matplotlib")
    million = report.Section(
        "1,000,000-point line, PNG", "A seeded random walk read from CSV (`x,y`), 960×540 px, "
        "generated by the harness into `benchmarks/build/data/`.",
        [(tool, f"1m.{tool}") for tool in three], {tool: f"1m.{tool}" for tool in three})
    scaling = report.Section(
        "Scaling: 10³ … 10⁶ points, PNG", "The same long line cut to its first n points; the cost "
        "per point above the 10³-point time should stay flat (or fall) as n grows.",
        [], {}, scaling=(three, inputs.POINT_COUNTS))
    pack = report.Section(
        "Briefing pack", "`tradechart report --formats png,svg,pdf` on the shipped dataset.",
        [("briefing pack (png, svg, pdf)", "report.tradechart")], {})
    batch = report.Section(
        f"Batch of {batch_size} specs in one process", f"{batch_size} generated variants of the "
        "simple spec (own title, scaled values) rendered to PNG by one `tradechart render` process.",
        [("default jobs", "batch.default"), ("--jobs 1", "batch.jobs1")], {"--jobs 1": "batch.jobs1"})
    return [*simple, inproc, million, scaling, pack, batch]


if __name__ == "__main__":
    main()
