"""The issue's goals, judged from the measured results: met, missed by how much, or not measured."""
from __future__ import annotations

from dataclasses import dataclass

from .measure import Result


@dataclass
class Goal:
    name: str
    target: str
    measured: str
    status: str      # "met", "missed by …", "not measured (…)"
    why: str = ""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _absent(*results: Result) -> str | None:
    for result in results:
        if not result.ok:
            return f"not measured: {result.name} {result.note or 'n/a'}"
    return None


def startup_hint(results: dict[str, Result]) -> str:
    start = results.get("startup.tradechart")
    if start is not None and start.ok:
        return f"tradechart start-up alone (`--version`) takes {ms(start.median)}"
    return ""


def _versus(name: str, target: str, a: Result, b: Result, judge, why: str = "") -> Goal:
    """A goal comparing two measured medians: `judge(a, b)` returns (measured text,
    None when met or the text saying by how much it is missed)."""
    absent = _absent(a, b)
    if absent:
        return Goal(name, target, "–", absent)
    measured, missed = judge(a.median, b.median)
    return Goal(name, target, measured, "met") if missed is None else Goal(name, target, measured, missed, why)


def faster_than(results, fmt: str) -> Goal:
    def judge(tc: float, gp: float):
        measured = f"{ms(tc)} vs {ms(gp)} ({tc / gp:.2f}×)"
        return measured, None if tc < gp else f"missed by {ms(tc - gp)} ({(tc - gp) / gp * 100:.0f}% slower)"
    return _versus(f"one chart, {fmt.upper()}, whole process, faster than gnuplot", "< gnuplot",
                   results[f"{fmt}.tradechart"], results[f"{fmt}.gnuplot"], judge, startup_hint(results))


def times_faster(results, fmt: str, factor: float = 20.0) -> Goal:
    def judge(tc: float, mpl: float):
        needed = mpl / factor
        measured = f"{mpl / tc:.1f}× ({ms(tc)} vs {ms(mpl)})"
        return measured, None if mpl / tc >= factor else f"missed: needs ≤ {ms(needed)}, {ms(tc - needed)} too slow"
    return _versus(f"one chart, {fmt.upper()}, ≥ {factor:g}× faster than matplotlib", f"≥ {factor:g}×",
                   results[f"{fmt}.tradechart"], results[f"{fmt}.matplotlib"], judge, startup_hint(results))


def near_floor(results, fmt: str, limit: float = 1.2) -> Goal:
    def judge(tc: float, floor: float):
        ratio = tc / floor
        measured = f"{ratio:.2f}× ({ms(tc)} vs {ms(floor)})"
        return measured, None if ratio <= limit else (
            f"missed by {ms(tc - floor * limit)} ({ratio / limit:.2f}× the allowance)")
    return _versus(f"in-process render, {fmt.upper()}, ≤ {limit:g}× the bare-Cairo floor", f"≤ {limit:g}×",
                   results[f"inproc.{fmt}.tradechart"], results[f"inproc.{fmt}.floor"], judge)


def startup_near_floor(results, limit: float = 1.5) -> Goal:
    def judge(tc: float, floor: float):
        ratio = tc / floor
        measured = f"{ratio:.2f}× ({ms(tc)} vs {ms(floor)})"
        return measured, None if ratio <= limit else f"missed by {ms(tc - floor * limit)} ({ratio / limit:.2f}× the allowance)"
    return _versus(f"`tradechart --version` ≤ {limit:g}× the floor program's start-up", f"≤ {limit:g}×",
                   results["startup.tradechart"], results["startup.floor"], judge)


def at_most(result: Result, name: str, seconds: float, hint: str = "") -> Goal:
    target = f"≤ {ms(seconds)}"
    if not result.ok:
        return Goal(name, target, "–", f"not measured: {result.note or 'n/a'}")
    if result.median <= seconds:
        return Goal(name, target, ms(result.median), "met")
    over = result.median - seconds
    return Goal(name, target, ms(result.median),
                f"missed by {ms(over)} ({result.median / seconds:.2f}× the goal)", hint)


def memory_at_most(result: Result, name: str, megabytes: float) -> Goal:
    target = f"≤ {megabytes:g} MB"
    if not result.ok or result.peak_mb is None:
        return Goal(name, target, "–", f"not measured: {result.note or 'n/a'}")
    measured = f"{result.peak_mb:.1f} MB"
    if result.peak_mb <= megabytes:
        return Goal(name, target, measured, "met")
    return Goal(name, target, measured, f"missed by {result.peak_mb - megabytes:.1f} MB")


def batch_speedup(results, cores: int, load: str, minimum: float = 1.7) -> Goal:
    def judge(default: float, single: float):
        measured = f"{single / default:.2f}× ({ms(single)} → {ms(default)})"
        return measured, None if single / default >= minimum else f"missed by {minimum - single / default:.2f}×"
    return _versus("batch of specs in one process: default jobs vs `--jobs 1`", f"≥ {minimum:g}×",
                   results["batch.default"], results["batch.jobs1"], judge,
                   f"{cores} cores; load average at the start of the run {load}")


def linear_growth(results, counts: tuple[int, ...]) -> Goal:
    name = f"cost grows linearly ({counts[0]:,} … {counts[-1]:,} points)"
    rows = [results.get(f"scale.tradechart.{n}") for n in counts]
    missing = [row for row in rows if row is None or not row.ok]
    if missing:
        return Goal(name, "≈ linear", "–", f"not measured: {missing[0].note if missing[0] else 'n/a'}")
    first, mid, last = rows[0].median, rows[-2].median, rows[-1].median
    per_point = (last - first) / (counts[-1] - counts[0]) * 1e9
    measured = f"{per_point:.0f} ns/point above the {counts[0]:,}-point cost"
    if mid - first < 0.002:
        return Goal(name, "≈ linear", measured, "met",
                    "below 10^6 points the extra cost is under 2 ms, too small to show any curve")
    growth = (last - first) / (mid - first)
    expected = (counts[-1] - counts[0]) / (counts[-2] - counts[0])
    measured += f"; last decade grows {growth:.1f}× (linear: {expected:.1f}×)"
    if growth <= expected * 1.5:
        return Goal(name, "≈ linear", measured, "met")
    return Goal(name, "≈ linear", measured, f"missed: {growth / expected:.1f}× steeper than linear")


def evaluate(results: dict[str, Result], counts: tuple[int, ...], cores: int, load: str) -> list[Goal]:
    """Every goal of the issue, in the order of the issue."""
    return [
        faster_than(results, "png"),
        faster_than(results, "svg"),
        faster_than(results, "pdf"),
        times_faster(results, "png"),
        times_faster(results, "svg"),
        times_faster(results, "pdf"),
        startup_near_floor(results),
        near_floor(results, "png"),
        near_floor(results, "svg"),
        at_most(results["1m.tradechart"], "1,000,000 points to PNG, time", 0.100, startup_hint(results)),
        memory_at_most(results["1m.tradechart"], "1,000,000 points to PNG, peak memory", 80),
        at_most(results["report.tradechart"], "full briefing pack (7 charts × png, svg, pdf + report)", 0.080),
        batch_speedup(results, cores, load),
        linear_growth(results, counts),
    ]
