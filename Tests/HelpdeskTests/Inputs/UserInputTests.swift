import Testing

@testable import Helpdesk

@Suite struct UserInputTests {
    @Test func createDefaultsToAnActiveAgent() throws {
        let input = try accepted(UserCreate.init(json:), try json(#"{"email": " agent@example.com", "name": " Ann "}"#))
        #expect(input == UserCreate(email: "agent@example.com", name: "Ann", role: .agent, isActive: true))
    }

    @Test(arguments: UserRole.allCases)
    func createReadsEveryRole(role: UserRole) throws {
        let body = InputKind.userCreate.body(["role": .string(role.rawValue), "active": .bool(false)])
        let input = try accepted(UserCreate.init(json:), body)
        #expect(input.role == role)
        #expect(!input.isActive)
    }

    static let refusals: [(String, JSONValue?, String, String)] = [
        ("name", nil, "name", "is required"),
        ("name", .string(" "), "name", "is required"),
        ("name", .string(repeated("n", 256)), "name", "at most 255"),
        ("email", .string("agent"), "email", "is not a valid email address"),
        ("role", .string("owner"), "role", "must be one of admin, agent, viewer"),
        ("role", .null, "role", "cannot be null"),
        ("active", .string("yes"), "active", "must be true or false"),
        ("password", .string("x"), "password", "is not a known field"),
    ]

    @Test(arguments: refusals)
    func createRefusesBadFields(key: String, value: JSONValue?, field: String, reason: String) {
        expectRefused(UserCreate.init(json:), InputKind.userCreate.body([key: value]), field: field, reason: reason)
    }

    @Test func updateReadsChanges() throws {
        let update = try accepted(
            UserUpdate.init(json:), try json(#"{"role": "viewer", "active": false, "name": " B "}"#))
        #expect(update == UserUpdate(name: "B", role: .viewer, isActive: false))
        try expectRefused(UserUpdate.init(json:), #"{"name": ""}"#, field: "name", reason: "is required")
        try expectRefused(UserUpdate.init(json:), #"{"active": null}"#, field: "active")
    }

    @Test func apiKeyNameIsOptional() throws {
        #expect(try accepted(APIKeyCreate.init(json:), .object([:])).name == nil)
        #expect(try accepted(APIKeyCreate.init(json:), try json(#"{"name": null}"#)).name == nil)
        #expect(try accepted(APIKeyCreate.init(json:), try json(#"{"name": "   "}"#)).name == nil)
        #expect(try accepted(APIKeyCreate.init(json:), try json(#"{"name": " CI key "}"#)).name == "CI key")
        expectRefused(APIKeyCreate.init(json:), .object(["name": .string(repeated("k", 256))]), field: "name")
        try expectRefused(APIKeyCreate.init(json:), #"{"name": 1}"#, field: "name", reason: "must be a string")
        try expectRefused(APIKeyCreate.init(json:), #"{"key": "hdk_x"}"#, field: "key", reason: "is not a known field")
    }
}
