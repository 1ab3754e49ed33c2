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
}
