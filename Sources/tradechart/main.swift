import TradeChartCLI

TradeChartCommand.start()
