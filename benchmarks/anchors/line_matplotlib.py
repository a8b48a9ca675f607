"""matplotlib anchor: the benchmark's simple line chart (11 points, a band, titles,
Vietnamese text), 960x540 px. Usage: line_matplotlib.py OUT.png|OUT.svg"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from chart_text import (BAND, BAND_COLOR, BAND_LABEL, DPI, FONT, HEIGHT_PX,  # noqa: E402
                        LINE_COLOR, SERIES, SOURCE, SUBTITLE, TITLE, VALUES,
                        WIDTH_PX, X_TITLE, Y_TITLE, YEARS)


def main(out: str) -> None:
    plt.rcParams["font.family"] = FONT
    plt.rcParams["axes.unicode_minus"] = False
    fig, ax = plt.subplots(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    ax.axhspan(BAND[0] / 1e9, BAND[1] / 1e9, color=BAND_COLOR, alpha=0.25, lw=0)
    ax.text(YEARS[0] + 0.1, BAND[1] / 1e9 - 0.05, BAND_LABEL, va="top", fontsize=9)
    ax.plot(YEARS, [v / 1e9 for v in VALUES], color=LINE_COLOR, lw=2,
            marker="o", ms=5, label=SERIES)
    ax.set_xlabel(X_TITLE)
    ax.set_ylabel(Y_TITLE)
    ax.set_xticks(YEARS)
    ax.set_xlim(YEARS[0] - 0.5, YEARS[-1] + 0.5)
    ax.set_ylim(0, 3.5)
    ax.grid(axis="y", color="#dddddd", lw=0.8)
    ax.legend(loc="upper left", frameon=False)
    fig.suptitle(TITLE, x=0.01, ha="left", fontsize=15, fontweight="bold")
    ax.set_title(SUBTITLE, loc="left", fontsize=10, color="#555555")
    fig.text(0.01, 0.01, SOURCE, fontsize=8, color="#555555")
    fig.subplots_adjust(left=0.07, right=0.98, top=0.87, bottom=0.14)
    fig.savefig(out, dpi=DPI)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: line_matplotlib.py OUT.png|OUT.svg")
    main(sys.argv[1])
