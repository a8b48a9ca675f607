/// Splits a line of text into runs by script, so the text-mode SVG can mark Lao words with
/// `xml:lang="lo"` inside a Vietnamese or English line. Spaces, punctuation and digits belong to
/// the run they sit in (they are shared by both scripts), so "ນ້ຳ ເຈົ້າ" stays one Lao run.
enum SVGLanguageRuns {
    struct Run: Equatable {
        var text: String
        var isLao: Bool
    }

    /// The Lao block, U+0E80–U+0EFF.
    static func isLao(_ scalar: Unicode.Scalar) -> Bool { (0x0E80...0x0EFF).contains(scalar.value) }

    /// Letters and marks of other scripts end a Lao run; everything else continues the current run.
    private static func isNeutral(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        if p.isWhitespace { return true }
        switch p.generalCategory {
        case .decimalNumber, .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation,
             .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
             .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator:
            return true
        default:
            return false
        }
    }

    /// The runs of `text` in order; their texts joined give `text` back. One run when the text
    /// has no Lao letter, or nothing but Lao letters and neutral characters. Neutral characters
    /// between a Lao word and the rest of a mixed line go with the rest ("(ວຽງຈັນ) 2025": only
    /// "ວຽງຈັນ" is Lao).
    static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        var current: Run?
        var pending = ""
        for scalar in text.unicodeScalars {
            if !isLao(scalar), isNeutral(scalar) {
                pending.unicodeScalars.append(scalar)
                continue
            }
            let lao = isLao(scalar)
            switch current {
            case .some(var run) where run.isLao == lao:
                run.text += pending
                run.text.unicodeScalars.append(scalar)
                current = run
            case .some(var run):
                var next = Run(text: "", isLao: lao)
                if run.isLao { next.text = pending } else { run.text += pending }
                next.text.unicodeScalars.append(scalar)
                runs.append(run)
                current = next
            case .none:
                var run = Run(text: pending, isLao: lao)
                run.text.unicodeScalars.append(scalar)
                current = run
            }
            pending = ""
        }
        guard var last = current else { return pending.isEmpty ? [] : [Run(text: pending, isLao: false)] }
        if last.isLao, !runs.isEmpty, !pending.isEmpty {
            runs.append(last)
            runs.append(Run(text: pending, isLao: false))
        } else {
            last.text += pending
            runs.append(last)
        }
        return runs
    }
}
