// TradeAnalysis: see ARCHITECTURE.md
