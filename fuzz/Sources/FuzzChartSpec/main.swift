import ChartKit
import ChartScene
import FuzzSupport

/// Chart specs: decode, then build the scene with the font-free measurer. Each problem must be
/// one line at a real position (a spec with several problems lists one line each, and its
/// summary is one line); a scene that builds must have the spec's size and finite geometry.
FuzzDriver.run { text in
    let spec: ChartSpec
    do {
        spec = try ChartSpec.decode(yaml: text, file: "c.yaml")
    } catch let error as ChartError {
        switch error {
        case .spec(_, let line, let column, let message):
            FuzzInput.require(line >= 1 && column >= 1 && !message.isEmpty, "position below 1:1: \(error)")
        case .problems(_, let problems, let omitted):
            FuzzInput.require(!problems.isEmpty && problems.count <= ChartError.problemLimit && omitted >= 0,
                              "problem count out of range: \(error)")
            for problem in problems {
                FuzzInput.require(problem.line >= 1 && problem.column >= 1 && !problem.message.isEmpty,
                                  "position below 1:1: \(problem)")
            }
            FuzzInput.require(error.lines.count == problems.count + (omitted > 0 ? 1 : 0), "one line per problem: \(error)")
        default:
            break
        }
        // What the user sees: one line per problem, and a one-line summary in batches, whatever
        // the spec quoted.
        for line in error.lines {
            FuzzInput.require(!line.isEmpty && !line.contains(where: \.isNewline), "a problem's line is not one line: \(error)")
        }
        FuzzInput.require(!error.summary.contains(where: \.isNewline), "summary not one line: \(error)")
        return
    } catch {
        fatalError("untyped error: \(error)")
    }
    guard let scene = try? ChartBuilder(measurer: ApproximateTextMeasurer()).scene(for: spec) else { return }
    FuzzInput.require(scene.size.width == spec.size.width && scene.size.height == spec.size.height, "scene size differs")
    for item in scene.flattenedItems {
        if case .text(let t) = item {
            FuzzInput.require(t.position.x.isFinite && t.position.y.isFinite, "text at a non-finite position")
        }
    }
}
