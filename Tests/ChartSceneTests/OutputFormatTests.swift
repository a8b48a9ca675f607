import Testing

import ChartScene

@Suite("Output format")
struct OutputFormatTests {
    @Test func fromExtension() {
        #expect(OutputFormat(fileExtension: "png") == .png)
        #expect(OutputFormat(fileExtension: ".SVG") == .svg)
        #expect(OutputFormat(fileExtension: "Pdf") == .pdf)
        #expect(OutputFormat(fileExtension: "jpg") == nil)
        #expect(OutputFormat(fileExtension: "") == nil)
    }

    @Test func fromPath() {
        #expect(OutputFormat(path: "out/chart.v2.svg") == .svg)
        #expect(OutputFormat(path: "chart.PNG") == .png)
        #expect(OutputFormat(path: "out.d/chart") == nil)
        #expect(OutputFormat(path: ".pdf") == nil)
    }
}
