extension BriefingReport {
    /// The sections after the analysis, in reading order; each is left out when the data give it nothing to say.
    func reportSections() -> [ReportDocument.Section] {
        [thisYearSection(), scenarioSection(), likeForLikeSection(), uncertaintySection()].compactMap { $0 }
    }
}
