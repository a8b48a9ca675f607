// ChartKit: see ARCHITECTURE.md
