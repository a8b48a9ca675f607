import TradeChartCLI

TradeChartCommand.main()
