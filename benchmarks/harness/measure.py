"""Whole-process measurements: hyperfine for time, /usr/bin/time -v for peak memory."""
from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Result:
    """One measured command: times in seconds, peak resident memory in MB."""
    name: str
    command: list[str]
    median: float | None = None
    mean: float | None = None
    stddev: float | None = None
    cpu: float | None = None    # mean user + system time: less sensitive to a busy machine
    runs: int = 0
    peak_mb: float | None = None
    note: str = ""          # why it was not measured, or what failed
    extra: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.median is not None


def not_available(name: str, reason: str) -> Result:
    """A row that could not be measured, with the reason the table prints."""
    return Result(name=name, command=[], note=reason)


def exit_status(cmd: list[str], cwd: Path, timeout: float = 60) -> int | None:
    """The exit status of one run, output discarded; None when it cannot run."""
    try:
        return subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout).returncode
    except (OSError, subprocess.TimeoutExpired):
        return None


def check_runs(cmd: list[str], cwd: Path, timeout: float = 300) -> str | None:
    """Run the command once; None when it succeeds, else the first line of its error."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error).splitlines()[0]
    if proc.returncode == 0:
        return None
    lines = (proc.stderr or proc.stdout).strip().splitlines()
    return f"exit {proc.returncode}: {lines[0] if lines else 'no message'}"


def peak_memory_mb(cmd: list[str], cwd: Path, repeats: int = 3) -> float | None:
    """Median of the 'Maximum resident set size' that GNU time reports, in MB (10^6 bytes)."""
    values = []
    for _ in range(repeats):
        proc = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=cwd,
                              capture_output=True, text=True)
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        if proc.returncode != 0 or not match:
            return None
        values.append(int(match.group(1)) * 1024 / 1e6)
    return statistics.median(values)


def hyperfine(name: str, cmd: list[str], cwd: Path, runs: int, warmup: int,
              memory_runs: int = 3, expect_failure: bool = False) -> Result:
    """Measure `cmd` as a whole process (no intermediate shell), after `warmup` runs and one
    checking run. `expect_failure` measures a command that exits non-zero on purpose
    (a program's start-up when called without arguments)."""
    started = time.monotonic()
    failure = None if expect_failure else check_runs(cmd, cwd)
    if failure:
        return Result(name=name, command=cmd, note=f"failed: {failure}")
    # Keep `make bench` short when a command is slow: its checking run already warmed it up.
    checked = time.monotonic() - started
    if checked > 2:
        warmup, runs, memory_runs = 0, min(runs, 3 if checked < 8 else 2), min(memory_runs, 1)
    command_line = " ".join(shell_quote(part) for part in cmd)
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "result.json"
        args = ["hyperfine", "--shell=none", "--style", "none",
                "--warmup", str(warmup), "--runs", str(runs),
                "--export-json", str(export), "--command-name", name]
        if expect_failure:
            args.append("--ignore-failure")
        proc = subprocess.run([*args, command_line], cwd=cwd, capture_output=True, text=True)
        if proc.returncode != 0:
            return Result(name=name, command=cmd,
                          note=f"hyperfine failed: {proc.stderr.strip().splitlines()[-1:]}")
        data = json.loads(export.read_text())["results"][0]
    times = data["times"]
    result = Result(name=name, command=cmd, runs=len(times),
                    median=data.get("median", statistics.median(times)),
                    mean=data["mean"], stddev=data.get("stddev") or 0.0,
                    cpu=(data.get("user") or 0.0) + (data.get("system") or 0.0))
    if memory_runs > 0 and not expect_failure:
        result.peak_mb = peak_memory_mb(cmd, cwd, memory_runs)
    return result


def shell_quote(part: str) -> str:
    """Quote one argument for hyperfine's own word splitting (POSIX shell rules)."""
    if part and re.fullmatch(r"[A-Za-z0-9_./=:,+@%-]+", part):
        return part
    return "'" + part.replace("'", "'\"'\"'") + "'"


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, to judge how busy the machine was."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"
