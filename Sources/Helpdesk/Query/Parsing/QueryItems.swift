/// The parameters of a URL query string, decoded, each name given at most once.
///
/// ```swift
/// let items = try QueryItems(parsing: "status=open,pending&search=disk+full")
/// items["status"]   // "open,pending"
/// items["search"]   // "disk full"
/// ```
///
/// Parsing follows `application/x-www-form-urlencoded`, as browsers and
/// `URLComponents` write queries:
/// - the string is split on `&`; empty pieces (`a=1&&b=2`, a leading or
///   trailing `&`, an empty query) are skipped;
/// - each piece is `name=value`, split at its first `=`; a piece with no `=`
///   (`limit`) has an empty value;
/// - `+` is a space and `%XX` the byte `XX`, in names and values alike; a `+`
///   meant as a plus sign (in a phone number, say) must be sent as `%2B`.
///
/// Parsing throws `BAD_REQUEST` for a `%` not followed by two hex digits, bytes
/// that are not UTF-8 once decoded, a parameter with no name (`=x`), and a
/// name given twice (several values go in one parameter, separated by
/// commas). It collects every problem of the string into one error, and
/// never traps, whatever the input.
public struct QueryItems: Hashable, Sendable {
    /// The parameter names, in the order they were given.
    public private(set) var names: [String] = []
    private var values: [String: String] = [:]

    /// No parameters.
    public init() {}

    /// Parses a raw query string: the part of a URL after `?`, without the `?`.
    ///
    /// - Throws: `BAD_REQUEST` whose `fields` name each offending parameter
    ///   (or `query` when the name itself cannot be read).
    public init(parsing rawQuery: String) throws(HelpdeskError) {
        var problems: [String: String] = [:]
        for piece in rawQuery.utf8.split(separator: UInt8(ascii: "&")) {
            let equals = piece.firstIndex(of: UInt8(ascii: "="))
            let encodedName = piece[..<(equals ?? piece.endIndex)]
            let encodedValue = equals.map { piece[piece.index(after: $0)...] } ?? piece[piece.endIndex...]
            guard let name = PercentDecoding.decode(encodedName) else {
                problems["query"] = "has a parameter name that is not valid percent-encoded UTF-8"
                continue
            }
            guard !name.isEmpty else {
                problems["query"] = "has a parameter with no name"
                continue
            }
            guard let value = PercentDecoding.decode(encodedValue) else {
                problems[name] = "is not valid percent-encoded UTF-8"
                continue
            }
            if let problem = add(name, value) { problems[name] = problem }
        }
        guard problems.isEmpty else { throw .invalidQuery(problems) }
    }

    /// Parameters already decoded, as a server framework or a Swift caller has them.
    ///
    /// - Throws: `BAD_REQUEST` naming each parameter given more than once, or
    ///   `query` for an empty name.
    public init(_ pairs: [(String, String)]) throws(HelpdeskError) {
        var problems: [String: String] = [:]
        for (name, value) in pairs {
            guard !name.isEmpty else {
                problems["query"] = "has a parameter with no name"
                continue
            }
            if let problem = add(name, value) { problems[name] = problem }
        }
        guard problems.isEmpty else { throw .invalidQuery(problems) }
    }

    /// The decoded value of the parameter `name`; `nil` if it was not given.
    public subscript(name: String) -> String? { values[name] }

    /// Whether no parameter was given.
    public var isEmpty: Bool { names.isEmpty }

    /// Records one parameter; the reason it is refused, if it is.
    private mutating func add(_ name: String, _ value: String) -> String? {
        guard values.updateValue(value, forKey: name) == nil else {
            return
                "is given more than once; give it once (a filter that takes several values separates them with commas)"
        }
        names.append(name)
        return nil
    }
}
