import ChartKit
import ChartScene
import FuzzSupport

/// Chart specs: decode, then build the scene with the font-free measurer. Errors must be one
/// line at a real position; a scene that builds must have the spec's size and finite geometry.
FuzzDriver.run { text in
    let spec: ChartSpec
    do {
        spec = try ChartSpec.decode(yaml: text, file: "c.yaml")
    } catch let error as ChartError {
        if case .spec(_, let line, let column, let message) = error {
            FuzzInput.require(line >= 1 && column >= 1 && !message.isEmpty, "position below 1:1: \(error)")
        }
        // What the user sees is the description: one line whatever the spec quoted.
        FuzzInput.require(!error.description.contains(where: \.isNewline), "message not one line: \(error)")
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
