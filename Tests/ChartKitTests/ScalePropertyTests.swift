import Foundation
import PropertyBased
import Testing
@testable import ChartKit

@Suite("Scale and tick properties")
struct ScalePropertyTests {
    /// A finite domain from a mantissa, an exponent and a relative width: tiny, huge, negative.
    static func domain(_ m: Double, _ e: Int, _ w: Double, _ we: Int) -> (Double, Double) {
        let lo = m * pow(10, Double(e))
        let width = max(w * pow(10, Double(we)), abs(lo) * 1e-9, 1e-300)
        return (lo, lo + width)
    }

    static func isNiceStep(_ step: Double) -> Bool {
        let k = floor(log10(step))
        let lead = step / pow(10, k)
        return [1.0, 2, 5, 10].contains { abs(lead - $0) < 1e-6 }
    }

    @Test("linear ticks: ascending, inside the domain, nice steps, for any finite domain")
    func linearTicks() async {
        await propertyCheck(count: 300, input: Gen.double(in: -10...10), Gen.int(in: -15...15), Gen.double(in: 0.001...10),
                            Gen.int(in: -15...15), Gen.int(in: 1...12)) { m, e, w, we, count in
            let (lo, hi) = Self.domain(m, e, w, we)
            let ticks = Ticks.values(lo, hi, count: count)
            #expect(!ticks.isEmpty, "no ticks for \(lo)...\(hi)")
            let slack = (hi - lo) * 1e-9
            for t in ticks { #expect(t >= lo - slack && t <= hi + slack, "\(t) outside \(lo)...\(hi)") }
            #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0 < $1 })
            if ticks.count >= 2 {
                let step = Ticks.step(lo, hi, count: count)
                #expect(Self.isNiceStep(step))
                for t in ticks {
                    let q = t / step  // a whole number, up to floating error relative to its size
                    #expect(abs(q - q.rounded()) < 1e-6 + abs(q) * 1e-12, "\(t) not a multiple of \(step)")
                }
            }
            // A niced domain starts and ends on a tick (for the 2+ ticks an axis asks for; with
            // count 1 d3's nice keeps widening a domain around zero).
            guard count >= 2 else { return }
            let (nlo, nhi) = Ticks.nice(lo, hi, count: count)
            #expect(nlo <= lo && nhi >= hi)
            let niced = Ticks.values(nlo, nhi, count: count)
            let tolerance = (nhi - nlo) * 1e-9
            #expect(abs((niced.first ?? .nan) - nlo) <= tolerance && abs((niced.last ?? .nan) - nhi) <= tolerance)
        }
    }

    @Test("linear scales are monotone and invertible, increasing or decreasing ranges")
    func linearScale() async {
        await propertyCheck(count: 300, input: Gen.double(in: -10...10), Gen.int(in: -12...12), Gen.double(in: 0.01...10),
                            Gen.int(in: -12...12), Gen.double(in: 0...1), Gen.double(in: 0...1)) { m, e, w, we, a, b in
            let (lo, hi) = Self.domain(m, e, w, we)
            for range in [(40.0, 900.0), (500.0, 60.0)] {
                let scale = LinearScale(domain: lo...hi, range: range)
                let va = lo + (hi - lo) * min(a, b), vb = lo + (hi - lo) * max(a, b)
                let increasing = range.1 > range.0
                if vb > va { #expect(increasing ? scale(va) <= scale(vb) : scale(va) >= scale(vb)) }
                #expect(abs(scale.invert(scale(va)) - va) <= (hi - lo) * 1e-9)
            }
        }
    }

    @Test("log scales: monotone, invertible, ticks ascending 1/2/5×10^k inside the domain")
    func logScale() async {
        await propertyCheck(count: 300, input: Gen.double(in: -12...12), Gen.double(in: 0.05...12), Gen.double(in: 0...1)) { a, b, t in
            let lo = pow(10, a), hi = pow(10, a + b)
            let scale = LogScale(domain: lo...hi, range: (500, 40))
            let v = pow(10, a + b * t)
            #expect(abs(scale.invert(scale(v)) / v - 1) < 1e-9)
            #expect(scale(lo) >= scale(v) && scale(v) >= scale(hi))
            for s in [scale, scale.niced()] {
                let ticks = s.ticks()
                #expect(!ticks.isEmpty)
                #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0 < $1 })
                for x in ticks {
                    #expect(x >= s.domain.lowerBound * (1 - 1e-9) && x <= s.domain.upperBound * (1 + 1e-9))
                    #expect(Self.isNiceStep(x), "\(x) is not 1, 2 or 5 × 10^k")
                }
            }
        }
    }

    @Test("periods: later periods map further right, each midpoint inverts back into its span")
    func periodScale() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1900...2099), Gen.int(in: 0...4), Gen.int(in: 1...12)) { year, form, part in
            let texts = [String(year), "\(year)-Q\((part - 1) % 4 + 1)", "\(year)-H\((part - 1) % 2 + 1)",
                         String(format: "%d-%02d", year, part), String(format: "%d-01..%02d", year, part)]
            guard let span = PeriodSpan(texts[form]), let next = PeriodSpan(String(year + 1)) else {
                Issue.record("'\(texts[form])' does not parse")
                return
            }
            #expect(span.start >= Double(year) && span.end <= Double(year + 1) && span.start < span.end)
            let scale = LinearScale(domain: 1900...2101, range: (60, 900))
            #expect(scale(span.midpoint) < scale(next.midpoint))
            let back = scale.invert(scale(span.midpoint))
            #expect(back > span.start && back < span.end)
        }
    }
}
