import CPangoCairo
import Foundation

/// The process's font configurations: a small fontconfig configuration built in the process
/// that holds only the font files of the families the themes name (Noto Sans and Noto Sans
/// Lao, with DejaVu Sans for what they lack), and the system configuration, loaded only when a text run needs it.
///
/// Reading the system configuration (`/etc/fonts`, every font cache) and sorting thousands of
/// fonts for each family list was about a quarter of a one-chart process. A run uses the
/// application configuration when every family in its list is one it holds and its fonts
/// cover every character of the text; fontconfig then picks the same file for each character
/// as it would from the system configuration, so output stays byte-identical. Anything else
/// (another family, a character those fonts lack) goes to the system configuration.
final class ApplicationFonts: @unchecked Sendable {
    /// The font files of one family: every face (`STEM.ttf`, `STEM-Bold.ttf`…) in the first of its folders that exists.
    struct Family {
        var name: String
        var stem: String
        var folders: [String]
        /// Without a required family there is no application configuration.
        var required: Bool
    }

    /// The families the themes name (`Font.defaultFamily`), and DejaVu Sans: the system
    /// configuration's first fallback after them, which draws the characters Noto Sans lacks
    /// (U+2212 MINUS SIGN in negative tick labels), so those runs come out as they always did.
    static let families: [Family] = {
        let noto = ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/noto", "/usr/share/fonts/google-noto",
                    "/usr/local/share/fonts/noto"]
        let dejavu = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/dejavu-sans-fonts"]
        return [
            Family(name: "Noto Sans", stem: "NotoSans", folders: noto, required: true),
            Family(name: "Noto Sans Lao", stem: "NotoSansLao", folders: noto, required: true),
            Family(name: "DejaVu Sans", stem: "DejaVuSans", folders: dejavu, required: false),
        ]
    }()

    /// The application configuration, or nil when the files are not found (then every run uses
    /// the system configuration). Built once; also made fontconfig's current configuration so
    /// Pango's `FcInit` does not load the system one.
    static let shared: ApplicationFonts? = load()

    /// The system configuration (`FcInitLoadConfigAndFonts`), loaded on first use.
    static let system: SystemFonts = SystemFonts()

    /// `FcConfig*` holding only the application font files.
    let config: OpaquePointer
    /// Lower-cased family names of the fonts in `config`.
    let families: Set<String>
    /// `FcCharSet*`: every character some font in `config` has.
    private let coverage: OpaquePointer

    private init(config: OpaquePointer, families: Set<String>, coverage: OpaquePointer) {
        self.config = config
        self.families = families
        self.coverage = coverage
    }

    /// True when `family` (a comma-separated list) names only families this configuration holds
    /// and its fonts have every character of `text` (already NFC).
    func canShape(_ text: String, family: String) -> Bool {
        for name in family.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            if !trimmed.isEmpty, !families.contains(trimmed) { return false }
        }
        for scalar in text.unicodeScalars where scalar.value >= 0x20 {
            if FcCharSetHasChar(coverage, scalar.value) == 0 { return false }
        }
        return true
    }

    private static func load() -> ApplicationFonts? {
        guard let config = FcConfigCreate() else { return nil }
        guard let (folders, globs) = fontFolders(),
              FcConfigParseAndLoadFromMemory(config, configuration(accepting: globs), 1) != 0,
              folders.allSatisfy({ FcConfigAppFontAddDir(config, $0) != 0 })
        else {
            FcConfigDestroy(config)
            return nil
        }
        guard let fonts = FcConfigGetFonts(config, FcSetApplication), let coverage = FcCharSetCreate() else {
            FcConfigDestroy(config)
            return nil
        }
        var names = Set<String>()
        for index in 0..<Int(fonts.pointee.nfont) {
            guard let pattern = fonts.pointee.fonts[index] else { continue }
            var name: UnsafeMutablePointer<FcChar8>?
            var nameIndex: Int32 = 0
            while FcPatternGetString(pattern, FC_FAMILY, nameIndex, &name) == FcResultMatch, let name {
                names.insert(String(cString: name).lowercased())
                nameIndex += 1
            }
            var charset: OpaquePointer?
            if FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch, let charset {
                FcCharSetMerge(coverage, charset, nil)
            }
        }
        let wanted = Set(Self.families.filter(\.required).map { $0.name.lowercased() })
        // Current, so that FcInit (called by Pango) finds a configuration and reads no system files.
        guard wanted.isSubset(of: names), FcConfigSetCurrent(config) != 0 else {
            FcCharSetDestroy(coverage)
            FcConfigDestroy(config)
            return nil
        }
        return ApplicationFonts(config: config, families: names, coverage: coverage)
    }

    /// The system's font cache folder: fontconfig reads a folder's fonts from its cache there
    /// (written by `fc-cache` when the font packages were installed) instead of opening every
    /// file with FreeType; without a valid cache it scans only the accepted files.
    static let cacheFolder = "/var/cache/fontconfig"

    /// A configuration that uses the system's font caches and accepts only the files matching `globs`.
    private static func configuration(accepting globs: [String]) -> String {
        let accept = globs.map { "<glob>\($0)</glob>" }.joined()
        return """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <cachedir>\(cacheFolder)</cachedir>
              <selectfont><rejectfont><glob>*</glob></rejectfont><acceptfont>\(accept)</acceptfont></selectfont>
            </fontconfig>
            """
    }

    /// For each family, the first of its folders that exists, and file-name globs for its faces
    /// (`folder/STEM-*`, `folder/STEM.*`: `NotoSans-*` does not take `NotoSansLao-…`); nil when
    /// a required family has no folder.
    private static func fontFolders() -> (folders: [String], globs: [String])? {
        var folders: [String] = []
        var globs: [String] = []
        for family in families {
            guard let folder = family.folders.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                if family.required { return nil }
                continue
            }
            if !folders.contains(folder) { folders.append(folder) }
            globs += ["\(folder)/\(family.stem)-*", "\(folder)/\(family.stem).*"]
        }
        return (folders, globs)
    }
}

/// The system's fontconfig configuration, loaded once when first asked for.
final class SystemFonts: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: OpaquePointer??

    /// `FcConfig*` of the system; nil when fontconfig's current configuration is the system's
    /// (no application configuration) or when no configuration can be loaded.
    var config: OpaquePointer? {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let config = ApplicationFonts.shared == nil ? nil : FcInitLoadConfigAndFonts()
        loaded = .some(config)
        return config
    }
}
