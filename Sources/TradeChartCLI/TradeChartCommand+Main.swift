import ArgumentParser
import Foundation

extension TradeChartCommand {
    /// The process entry point: `main()`, except that `tradechart --version` alone prints the
    /// version without building the argument parser's tree of every command (which reflects over
    /// each command's options: 9 of the 21 million instructions the process took). Same output,
    /// same exit status as the parser's own `--version`.
    public static func start(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        if arguments == ["--version"], !configuration.version.isEmpty {
            print(configuration.version)
            Foundation.exit(0)
        }
        main(arguments)
    }
}
