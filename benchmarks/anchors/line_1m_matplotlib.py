"""matplotlib anchor: a long line from a generated CSV (header `x,y`), 960x540 px PNG.
Usage: line_1m_matplotlib.py DATA.csv OUT.png"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from chart_text import DPI, FONT, HEIGHT_PX, LINE_COLOR, WIDTH_PX  # noqa: E402


def main(csv_path: str, out: str) -> None:
    data = np.loadtxt(csv_path, delimiter=",", skiprows=1)
    plt.rcParams["font.family"] = FONT
    plt.rcParams["axes.unicode_minus"] = False
    fig, ax = plt.subplots(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    ax.plot(data[:, 0], data[:, 1], color=LINE_COLOR, lw=1)
    ax.set_title("Chuỗi dài (x, y)", loc="left")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    fig.savefig(out, dpi=DPI)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: line_1m_matplotlib.py DATA.csv OUT.png")
    main(sys.argv[1], sys.argv[2])
