/// The list of an `If-Match` or `If-None-Match` header: `*` or entity tags separated by commas.
struct EntityTagList {
    /// The listed tags, each without a `W/` prefix: the library's tags are strong, so a weak one
    /// names the same version.
    let tags: [String]

    init(_ header: String) {
        tags = header.split(separator: ",").map { tag in
            let trimmed = tag.trimmingCharacters(in: " \t")
            return String(trimmed.hasPrefix("W/") ? trimmed.dropFirst(2) : trimmed)
        }
    }

    /// Whether the list is `*` or lists `etag`.
    func names(_ etag: String) -> Bool { tags.contains("*") || tags.contains(etag) }
}
