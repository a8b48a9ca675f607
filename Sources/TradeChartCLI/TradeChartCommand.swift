import ArgumentParser

/// The `tradechart` root command: briefing charts and target analysis for trade series.
public struct TradeChartCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tradechart",
        abstract: "Briefing-ready trade and investment charts and target analysis.",
        version: "0.1.0",
        subcommands: [ReportCommand.self, DataCommand.self, TargetsCommand.self, ScenariosCommand.self, TrackCommand.self, RenderCommand.self, PlotCommand.self]
    )

    public init() {}
}
