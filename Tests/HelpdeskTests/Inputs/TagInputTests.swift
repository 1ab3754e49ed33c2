import Testing

@testable import Helpdesk

@Suite struct TagInputTests {
    @Test func seedBodyIsKept() throws {
        let input = try accepted(TagCreate.init(json:), try json(##"{"name": "billing", "color": "#ff0000"}"##))
        #expect(input == TagCreate(name: "billing", color: "#ff0000"))
    }

    @Test func namesAndColoursAreTrimmedAndLowerCased() throws {
        let input = try accepted(
            TagCreate.init(json:), try json(##"{"name": "  Billing VIP ", "color": " #FFAA00 "}"##))
        #expect(input.name == "billing vip")
        #expect(input.color == "#ffaa00")
        #expect(try accepted(TagCreate.init(json:), try json(#"{"name": "x"}"#)).color == nil)
    }

    @Test func nameLimitIs50() throws {
        #expect(
            try accepted(TagCreate.init(json:), .object(["name": .string(repeated("Ä", 50))])).name == repeated("ä", 50)
        )
        expectRefused(
            TagCreate.init(json:), .object(["name": .string(repeated("a", 51))]), field: "name", reason: "at most 50")
        // Held to 50 as stored too: each İ lower-cases to i and a combining dot.
        expectRefused(
            TagCreate.init(json:), .object(["name": .string(repeated("İ", 50))]), field: "name", reason: "at most 50")
    }

    static let refusals: [(String, String, String)] = [
        (#"{}"#, "name", "is required"),
        (#"{"name": "  "}"#, "name", "is required"),
        (#"{"name": "a,b"}"#, "name", "must not contain commas"),
        (#"{"name": "new\nline"}"#, "name", "must not contain control characters"),
        (#"{"name": null}"#, "name", "cannot be null"),
        (#"{"name": "x", "color": "red"}"#, "color", "must be a colour like #ff0000"),
        (##"{"name": "x", "color": "#f00"}"##, "color", "must be a colour"),
        (#"{"name": "x", "color": "ff0000"}"#, "color", "must be a colour"),
        (#"{"name": "x", "color": ""}"#, "color", "must be a colour"),
        (#"{"name": "x", "color": null}"#, "color", "cannot be null"),
        (##"{"name": "x", "colour": "#ff0000"}"##, "colour", "is not a known field"),
    ]

    @Test(arguments: refusals)
    func createRefusesBadFields(body: String, field: String, reason: String) throws {
        try expectRefused(TagCreate.init(json:), body, field: field, reason: reason)
    }

    @Test func updateNormalizesAndChecks() throws {
        #expect(try accepted(TagUpdate.init(json:), try json(#"{"name": " Urgent "}"#)) == TagUpdate(name: "urgent"))
        #expect(try accepted(TagUpdate.init(json:), .object([:])) == TagUpdate())
        try expectRefused(TagUpdate.init(json:), #"{"name": ","}"#, field: "name")
        try expectRefused(TagUpdate.init(json:), ##"{"color": "#12345g"}"##, field: "color")
        try expectRefused(TagUpdate.init(json:), #"{"name": null}"#, field: "name", reason: "cannot be null")
    }
}
