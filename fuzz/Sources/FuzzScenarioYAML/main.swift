import FuzzSupport
import TradeAnalysis
import TradeData

/// The analyzer over the built-in dataset, built once.
private let analyzer: TargetAnalyzer? = {
    guard let dataset = try? DatasetLoader.loadValidEmbedded().dataset else { return nil }
    return try? TargetAnalyzer(dataset: dataset)
}()

/// Scenario files: parse, then project every scenario; errors must be located one-liners.
FuzzDriver.run { text in
    guard let analyzer else { fatalError("the built-in dataset does not load") }
    let file: ScenarioFile
    do {
        file = try ScenarioFile.parse(yaml: text, file: "s.yaml", baseYear: analyzer.baseYear)
    } catch let error as ScenarioFileError {
        FuzzInput.require(error.line >= 1 && error.column >= 1 && !error.message.contains(where: \.isNewline), "bad error: \(error)")
        return
    } catch {
        fatalError("untyped error: \(error)")
    }
    let horizon = file.horizon ?? analyzer.baseYear + 5
    FuzzInput.require(horizon > analyzer.baseYear && horizon <= analyzer.baseYear + ScenarioFile.maxHorizonYears,
                      "horizon out of bounds: \(horizon)")
    for scenario in file.scenarios {
        guard let projection = try? analyzer.project(scenario, horizon: horizon) else { continue }
        FuzzInput.require(projection.points.first?.year == analyzer.baseYear, "projection does not start at the base")
        _ = analyzer.analyze()
    }
}
