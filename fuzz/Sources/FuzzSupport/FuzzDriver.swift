import CFuzzDriver
import Foundation

/// Runs libFuzzer over one target body. Each fuzz target's `main.swift` is a single call:
///
/// ```swift
/// FuzzDriver.run { text in _ = DatasetLoader.parse(text: text, file: "fuzz.csv") }
/// ```
public enum FuzzDriver {
    /// The body of the running target; set once, before the fuzzing loop starts.
    nonisolated(unsafe) private static var body: (String) -> Void = { _ in }

    /// Calls `body` with each input as text (invalid UTF-8 replaced) until libFuzzer stops,
    /// then exits with libFuzzer's status.
    public static func run(_ body: @escaping (String) -> Void) -> Never {
        Self.body = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzDriver.body(FuzzInput.text(data, size))
            return 0
        }
        exit(status)
    }
}
