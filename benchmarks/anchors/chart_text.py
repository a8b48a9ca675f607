"""Shared text and data of the benchmark's simple line chart (kept identical to
benchmarks/specs/simple-line.yaml and line.gp)."""

TITLE = "Kim ngạch thương mại Việt Nam – Lào"
SUBTITLE = "Tỷ USD, 2015–2025"
SOURCE = "Nguồn: Bộ Công Thương"
X_TITLE = "Năm"
Y_TITLE = "Tỷ USD"
SERIES = "Kim ngạch"
BAND_LABEL = "Mục tiêu"
BAND = (2.0e9, 2.5e9)
YEARS = list(range(2015, 2026))
VALUES = [1.121e9, 0.823e9, 0.8929e9, 1.0e9, 1.15e9, 1.0e9,
          1.37e9, 1.63e9, 1.6e9, 2.25e9, 2.98e9]
WIDTH_PX, HEIGHT_PX, DPI = 960, 540, 100
FONT = "Noto Sans"
LINE_COLOR = "#1f5fa8"
BAND_COLOR = "#f2b134"
