// TradeCharts: see ARCHITECTURE.md
