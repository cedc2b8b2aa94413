import Foundation
import VeldwerkCore

/// Small, accessible SVG pie charts, inline in the HTML report (no network, no scripts; inline
/// SVG in HTML needs no namespace attribute).
public enum PieSVG {
    public static let palette = ["#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"]

    /// `slices` are (label, fraction); fractions are drawn as given, the rest of the circle left pale.
    public static func render(_ slices: [(label: String, fraction: Double)], title: String, description: String, id: String, size: Int = 120,
                       highlight: Int? = nil) -> String {
        let r = Double(size) / 2 - 2, c = Double(size) / 2
        var parts: [String] = []
        var angle = -Double.pi / 2
        for (i, slice) in slices.enumerated() where slice.fraction > 0 {
            let sweep = min(1, slice.fraction) * 2 * Double.pi
            let color = highlight.map { $0 == i ? palette[0] : "#D9D9D9" } ?? palette[i % palette.count]
            if sweep >= 2 * Double.pi - 1e-9 {
                parts.append("<circle cx=\"\(f(c))\" cy=\"\(f(c))\" r=\"\(f(r))\" fill=\"\(color)\"><title>\(QDCEscape.text(slice.label))</title></circle>")
            } else {
                let x1 = c + r * cos(angle), y1 = c + r * sin(angle)
                let x2 = c + r * cos(angle + sweep), y2 = c + r * sin(angle + sweep)
                let large = sweep > Double.pi ? 1 : 0
                parts.append("<path d=\"M\(f(c)),\(f(c)) L\(f(x1)),\(f(y1)) A\(f(r)),\(f(r)) 0 \(large) 1 \(f(x2)),\(f(y2)) Z\" fill=\"\(color)\" stroke=\"#fff\" stroke-width=\"1\"><title>\(QDCEscape.text(slice.label))</title></path>")
            }
            angle += sweep
        }
        return """
            <svg width="\(size)" height="\(size)" viewBox="0 0 \(size) \(size)" role="img" aria-labelledby="\(id)-t \(id)-d">\
            <title id="\(id)-t">\(QDCEscape.text(title))</title><desc id="\(id)-d">\(QDCEscape.text(description))</desc>\
            <circle cx="\(f(c))" cy="\(f(c))" r="\(f(r))" fill="#F2F2F2"/>\(parts.joined())</svg>
            """
    }

    private static func f(_ x: Double) -> String { NumberFormat.fixed(x, decimals: 2) }
}

/// XML escaping shared by the SVG and HTML writers.
enum QDCEscape {
    static func text(_ s: String) -> String { QDCWriter.escape(s) }
}
