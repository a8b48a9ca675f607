import TradeAnalysis

extension TargetsCommand {
    /// One row per requirement, reach and status, in long form:
    /// `kind,target_id,target_usd,year,years,rate_id,rate,required_annual_growth,linear_increment_usd,on_track`.
    static func csv(_ a: TargetAnalysis) -> String {
        var lines = ["kind,target_id,target_usd,year,years,rate_id,rate,required_annual_growth,linear_increment_usd,on_track,base_period,base_usd,base_source"]
        let base = [a.base.period, Say.number(a.base.value), Say.csv(a.base.source)]
        for t in a.targets {
            lines.append((["requirement", t.targetId, Say.number(t.value), "\(t.year)", "\(t.years)", "", "",
                           Say.number(t.requiredAnnualGrowth), Say.number(t.linearIncrementPerYear), ""] + base).joined(separator: ","))
        }
        for r in a.reachedAt {
            lines.append((["reach", r.targetId, Say.number(r.target), r.year.map(String.init) ?? "", Say.number(r.years),
                           r.rateId.description, Say.number(r.rate), "", "", ""] + base).joined(separator: ","))
        }
        for s in a.status {
            lines.append((["status", s.targetId, Say.number(s.target), "\(s.year)", "", s.rateId.description, Say.number(s.rate),
                           Say.number(s.requiredAnnualGrowth), "", s.onTrack.map { $0 ? "true" : "false" } ?? ""] + base)
                .joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
