/// Walking a list page by page and comparing what came back with a reference.
extension CheckContext {
    /// Walks a list from `start`, following each page's cursor through its token, and expects
    /// the rows `expected` (ids, in order): no row twice, none missed, every page but the last
    /// full, `nextCursor` nil on the last, and every page's `total` equal to `total` (by default
    /// the number of expected rows).
    func expectWalk<Row>(
        _ what: String, expected: [String], limit: Int, total: Int? = nil, from start: Cursor? = nil,
        id: (Row) -> String, fetch: (Cursor?) async throws -> Page<Row>
    ) async throws {
        var seen: [String] = []
        var cursor = start
        let pageCount = expected.count / limit + 2
        for number in 1...pageCount {
            let page = try await fetch(cursor)
            seen += page.items.map(id)
            if number > 1, page.items.isEmpty {
                fail("\(what): page \(number) is empty, so page \(number - 1) was the last and had a next cursor")
            }
            expectEqual(page.total, total ?? expected.count, "\(what): the total on page \(number)")
            expect(page.items.count <= limit, "\(what): page \(number) holds more than \(limit) rows")
            guard let next = page.nextCursor else { break }
            expectEqual(page.items.count, limit, "\(what): page \(number) has a next cursor, so it is full")
            guard number < pageCount else { return fail("\(what): the pages do not end after \(pageCount)") }
            guard let decoded = Cursor(token: next.token) else {
                return fail("\(what): the next cursor of page \(number) does not survive its token")
            }
            cursor = decoded
        }
        expectRows(seen, expected, what)
    }

    /// Expects the ids `actual` to be `expected`, in order; a failure names the rows
    /// seen twice, missed or unexpected, and the first place where the orders part.
    func expectRows(_ actual: [String], _ expected: [String], _ what: String) {
        expect(actual == expected, "\(what): \(Self.difference(actual, expected))")
    }

    private static func difference(_ actual: [String], _ expected: [String]) -> String {
        guard actual != expected else { return "as expected" }
        var counts: [String: Int] = [:]
        for id in actual { counts[id, default: 0] += 1 }
        let twice = counts.filter { $0.value > 1 }.keys.sorted()
        let missed = Set(expected).subtracting(actual).sorted()
        let unexpected = Set(actual).subtracting(expected).sorted()
        let index =
            zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actual.count, expected.count)
        let got = index < actual.count ? actual[index] : "the end"
        let wanted = index < expected.count ? expected[index] : "the end"
        return "\(actual.count) rows for \(expected.count) expected; twice: \(twice), missed: \(missed), "
            + "unexpected: \(unexpected); first difference at row \(index): \(got) instead of \(wanted)"
    }
}
