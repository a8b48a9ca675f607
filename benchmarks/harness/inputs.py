"""Inputs the harness generates (never committed) and the programs it builds or detects."""
from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
from pathlib import Path

POINT_COUNTS = (1_000, 10_000, 100_000, 1_000_000)


def long_line_csv(build: Path, points: int) -> Path:
    """A seeded random walk with header `x,y` (x = 0..n-1); the smaller files are prefixes
    of the 1,000,000-point one. Written once, reused by later runs."""
    path = build / "data" / f"line-{points}.csv"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20250101)
    level = 1000.0
    lines = ["x,y"]
    for index in range(points):
        level += rng.gauss(0.0, 1.0)
        lines.append(f"{index},{level:.3f}")
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n")
    tmp.rename(path)
    return path


def batch_specs(build: Path, template: Path, count: int) -> list[Path]:
    """`count` variants of the simple-line spec (own title, values scaled by a seeded factor),
    so a batch renders different charts; regenerated when the template changes."""
    folder = build / "batch-specs"
    text = template.read_text()
    stamp = folder / ".template"
    if stamp.exists() and stamp.read_text() == text and len(list(folder.glob("*.yaml"))) == count:
        return sorted(folder.glob("*.yaml"))
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(500)
    for index in range(count):
        factor = rng.uniform(0.6, 1.6)
        variant = re.sub(r'^title: "(.*)"$', lambda m: f'title: "{m.group(1)} #{index + 1:03d}"',
                         text, count=1, flags=re.MULTILINE)
        variant = re.sub(r"(value: )([0-9.eE+-]+)",
                         lambda m: f"{m.group(1)}{float(m.group(2)) * factor:.4e}", variant)
        (folder / f"chart-{index + 1:03d}.yaml").write_text(variant)
    stamp.write_text(text)
    return sorted(folder.glob("*.yaml"))


def build_floor(root: Path, build: Path) -> tuple[Path | None, str]:
    """Build the bare-Cairo floor with benchmarks/floor/build.sh when it exists.
    The executable is taken from the last word of the script's output when that names a
    file, else from the usual places. Returns (executable, reason when missing)."""
    script = root / "benchmarks" / "floor" / "build.sh"
    if not script.exists():
        return None, "n/a (benchmarks/floor/build.sh not present)"
    (build / "floor").unlink(missing_ok=True)
    env = dict(os.environ, OUT_DIR=str(build), BUILD_DIR=str(build))
    proc = subprocess.run(["bash", str(script)], cwd=root, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
        return None, f"n/a (floor build failed: {tail})"
    candidates = []
    lines = proc.stdout.strip().splitlines()
    if lines and lines[-1].split():
        candidates.append(Path(lines[-1].split()[-1]))   # "built /path/to/floor" or "/path/to/floor"
    candidates += [build / "floor", root / "benchmarks" / "floor" / "floor",
                   root / "benchmarks" / "floor" / "build" / "floor", root / ".build" / "floor"]
    for candidate in candidates:
        path = candidate if candidate.is_absolute() else root / candidate
        if path.is_file() and os.access(path, os.X_OK):
            return path, ""
    return None, "n/a (floor built but its executable was not found)"


def floor_writes_both(floor: Path, build: Path) -> bool:
    """True for the floor of `benchmarks/floor/floor.c`: `floor PREFIX [REPETITIONS]` writes
    PREFIX.png and PREFIX.svg in one run and prints its own per-render times."""
    probe = build / "floor-probe"
    shutil.rmtree(probe, ignore_errors=True)
    probe.mkdir(parents=True)
    subprocess.run([str(floor), str(probe / "p"), "1"], capture_output=True, timeout=60)
    return (probe / "p.png").exists() and (probe / "p.svg").exists()


def floor_render_ms(floor: Path, build: Path, repetitions: int, runs: int) -> dict[str, float] | None:
    """The floor's own in-process time per render (median over `runs` processes of
    `repetitions` renders each), from its line 'floor: N× png X ms each, svg Y ms each'."""
    samples: dict[str, list[float]] = {"png": [], "svg": []}
    for _ in range(runs):
        proc = subprocess.run([str(floor), str(build / "floor-probe" / "r"), str(repetitions)],
                              capture_output=True, text=True, timeout=300)
        match = re.search(r"png ([0-9.]+) ms each, svg ([0-9.]+) ms each", proc.stderr)
        if proc.returncode != 0 or not match:
            return None
        samples["png"].append(float(match.group(1)))
        samples["svg"].append(float(match.group(2)))
    return {fmt: sorted(values)[len(values) // 2] for fmt, values in samples.items()}


def build_noop(build: Path) -> Path | None:
    """A C program that links Cairo and Pango and does nothing: the process start-up of a
    Cairo program (exec plus loading the shared libraries), subtracted from the floor."""
    compiler = shutil.which("cc") or shutil.which("clang")
    if not compiler:
        return None
    source = build / "noop.c"
    binary = build / "noop-cairo"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("#include <cairo.h>\nint main(void) { return cairo_version() > 0 ? 0 : 1; }\n")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "pangocairo", "cairo"],
                           capture_output=True, text=True)
    if flags.returncode != 0:
        return None
    proc = subprocess.run([compiler, "-O2", str(source), "-o", str(binary), "-Wl,--no-as-needed",
                           *flags.stdout.split()], capture_output=True, text=True)
    return binary if proc.returncode == 0 else None


class Tradechart:
    """The release binary and which of the expected commands it supports: a command is
    supported when `tradechart <command> --help` exits 0 and its usage line names the
    subcommand (ArgumentParser prints the root help, exit 0, for an unknown subcommand;
    `plot line` is the `plot` command with `line` as its first argument)."""

    def __init__(self, root: Path) -> None:
        override = os.environ.get("TRADECHART_BIN")
        self.path = Path(override).resolve() if override else root / ".build" / "release" / "tradechart"
        self._help: dict[tuple[str, ...], str | None] = {}

    def help_text(self, *command: str) -> str | None:
        if command not in self._help:
            text = None
            if self.path.is_file():
                try:
                    proc = subprocess.run([str(self.path), *command, "--help"],
                                          capture_output=True, text=True, timeout=30)
                    usage = re.compile(rf"USAGE: tradechart {re.escape(command[0])}\b") if command else None
                    if proc.returncode == 0 and (usage is None or usage.search(proc.stdout + proc.stderr)):
                        text = proc.stdout + proc.stderr
                except (OSError, subprocess.TimeoutExpired):
                    text = None
            self._help[command] = text
        return self._help[command]

    def supports(self, *command: str, option: str | None = None) -> bool:
        text = self.help_text(*command)
        return text is not None and (option is None or option in text)

    def missing(self, *command: str, option: str | None = None) -> str:
        """The n/a text for a row whose command is not built yet."""
        what = " ".join(command) + (f" {option}" if option else "")
        if not self.path.is_file():
            return "n/a (not built: .build/release/tradechart missing)"
        return f"n/a (not built: `tradechart {what}` unsupported)"
