import Testing

@testable import Helpdesk

@Suite struct HelpdeskErrorTests {
    static let statuses: [(HelpdeskError.Code, String, Int)] = [
        (.badRequest, "BAD_REQUEST", 400), (.unauthorized, "UNAUTHORIZED", 401), (.forbidden, "FORBIDDEN", 403),
        (.notFound, "NOT_FOUND", 404), (.methodNotAllowed, "METHOD_NOT_ALLOWED", 405), (.conflict, "CONFLICT", 409),
        (.preconditionFailed, "PRECONDITION_FAILED", 412),
        (.tooManyRequests, "TOO_MANY_REQUESTS", 429), (.internalServerError, "INTERNAL_SERVER_ERROR", 500),
    ]

    @Test(arguments: statuses)
    func codesHaveTheirWireNameAndStatus(code: HelpdeskError.Code, name: String, status: Int) {
        #expect(code.rawValue == name)
        #expect(code.description == name)
        #expect(code.status == status)
        #expect(HelpdeskError(code, "m").status == status)
    }

    @Test func helpersBuildTheContractsErrors() {
        let invalid = HelpdeskError.invalid(["b": "x", "a": "y"])
        #expect(invalid.code == .badRequest)
        #expect(invalid.message == "Invalid request data: a, b.")
        #expect(HelpdeskError.invalid(field: "email", "is taken").fields == ["email": "is taken"])
        #expect(HelpdeskError.notFound(TicketKind.self).message == "Ticket not found")
        #expect(HelpdeskError.notFound(APIKeyKind.self).code == .notFound)
        #expect(HelpdeskError.taken(field: "email", "Email taken").fields == ["email": "is already taken"])
        #expect(HelpdeskError.taken(field: "email", "Email taken").code == .conflict)
        #expect(HelpdeskError.forbidden().status == 403)
        #expect(HelpdeskError.internalError.message == "Internal error")
    }

    @Test func anErrorNamesAtMostTwentyFieldsAndCountsTheRest() throws {
        let many = Dictionary(uniqueKeysWithValues: (0..<5_000).map { ("f\(10_000 + $0)", "is not a known field") })
        let body = HelpdeskError.invalid(many)
        #expect(body.fields.count == HelpdeskError.namedProblemLimit)
        #expect(body.fields["f10000"] == "is not a known field")
        #expect(body.fields["f10020"] == nil)
        #expect(body.message.hasSuffix("f10018, f10019, and 4980 more."))

        let query = HelpdeskError.invalidQuery(many)
        #expect(query.fields == body.fields)
        #expect(query.message.hasSuffix("f10019 (is not a known field), and 4980 more."))
        #expect(WireEncoding.error(query).count < 3_000)

        let long = String(repeating: "x", count: 10_000)
        #expect(HelpdeskError.invalidQuery([long: "unknown"]).fields.keys.map(\.count) == [100])
        // Cut by scalars: one grapheme of 20,001 scalars is no short name.
        let combining = "a" + String(repeating: "\u{301}", count: 20_000)
        let cut = try #require(HelpdeskError.invalid([combining: "x"]).fields.keys.first)
        #expect(cut.unicodeScalars.count == HelpdeskError.namedProblemLength)
        // Names that are one once cut are named once, and counted as named.
        let alike = Dictionary(uniqueKeysWithValues: (0..<25).map { (long + "\($0)", "unknown") })
        let collapsed = HelpdeskError.invalidQuery(alike)
        #expect(collapsed.fields.count == 1)
        #expect(!collapsed.message.contains("more"))
        #expect(HelpdeskError.invalid(["a": "x"]).message == "Invalid request data: a.")
    }

    @Test func refusedFieldsAreNamedInReadingOrder() {
        let tags = Dictionary(uniqueKeysWithValues: (0..<30).map { ("tags[\($0)]", "is refused") })
        let error = HelpdeskError.invalid(tags.merging(["subject": "is required"]) { $1 })
        #expect(Set(error.fields.keys) == Set((0..<19).map { "tags[\($0)]" } + ["subject"]))
        #expect(error.message.hasPrefix("Invalid request data: subject, tags[0], tags[1], tags[2], "))
        #expect(error.message.hasSuffix("tags[18], and 11 more."))
        let order = ["a", "a0", "a1", "a01", "a2", "a10", "a10b", "a10c", "b", "é"]
        #expect(order.reversed().sorted(by: NamedProblems.readingOrder) == order)
        #expect((order[5...] + order[..<5]).sorted(by: NamedProblems.readingOrder) == order)
    }

    @Test func aQueryOfThousandsOfUnknownNamesGetsAShortError() throws {
        let raw = (0..<5_000).map { "p\($0)=1" }.joined(separator: "&")
        let items = try QueryItems(parsing: raw)
        let error = try #require(throws: HelpdeskError.self) { try TicketQuery(queryItems: items) }
        #expect(error.fields.count == HelpdeskError.namedProblemLimit)
        #expect(error.fields["p0"]?.hasPrefix("unknown query parameter") == true)
        #expect(error.message.contains("and 4980 more"))
        #expect(WireEncoding.error(error).count < 20_000)
    }
}
