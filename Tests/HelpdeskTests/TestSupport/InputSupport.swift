import Testing

@testable import Helpdesk

/// Every input type that reads a JSON body, so that one table can test a rule on all of them.
enum InputKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case ticketCreate, ticketUpdate, customerCreate, customerUpdate, conversationCreate
    case tagCreate, tagUpdate, articleCreate, articleUpdate, collectionCreate, collectionUpdate
    case userCreate, userUpdate, apiKeyCreate

    var testDescription: String { rawValue }

    /// Reads `json` as this kind of input.
    func read(_ json: JSONValue) throws(HelpdeskError) -> any ValidatedInput {
        switch self {
        case .ticketCreate: try TicketCreate(json: json)
        case .ticketUpdate: try TicketUpdate(json: json)
        case .customerCreate: try CustomerCreate(json: json)
        case .customerUpdate: try CustomerUpdate(json: json)
        case .conversationCreate: try ConversationCreate(json: json)
        case .tagCreate: try TagCreate(json: json)
        case .tagUpdate: try TagUpdate(json: json)
        case .articleCreate: try ArticleCreate(json: json)
        case .articleUpdate: try ArticleUpdate(json: json)
        case .collectionCreate: try CollectionCreate(json: json)
        case .collectionUpdate: try CollectionUpdate(json: json)
        case .userCreate: try UserCreate(json: json)
        case .userUpdate: try UserUpdate(json: json)
        case .apiKeyCreate: try APIKeyCreate(json: json)
        }
    }

    /// The smallest body this kind accepts, as JSON members.
    var minimalBody: [String: JSONValue] {
        switch self {
        case .ticketCreate: ["subject": .string("Help"), "customer_email": .string("user@example.com")]
        case .customerCreate: ["email": .string("user@example.com")]
        case .conversationCreate: ["ticket_id": .string("tkt_1"), "content": .string("Hello")]
        case .tagCreate: ["name": .string("billing")]
        case .articleCreate: ["title": .string("How to")]
        case .collectionCreate: ["name": .string("Guides")]
        case .userCreate: ["email": .string("agent@example.com"), "name": .string("Agent")]
        case .ticketUpdate, .customerUpdate, .tagUpdate, .articleUpdate, .collectionUpdate, .userUpdate, .apiKeyCreate:
            [:]
        }
    }

    /// A plain text field of this kind, for the rules every string shares.
    var textField: String {
        switch self {
        case .ticketCreate, .ticketUpdate: "subject"
        case .customerCreate, .userUpdate, .tagCreate, .tagUpdate, .collectionUpdate, .apiKeyCreate: "name"
        case .customerUpdate: "company"
        case .conversationCreate: "content"
        case .articleCreate: "title"
        case .articleUpdate: "body"
        case .collectionCreate: "description"
        case .userCreate: "email"
        }
    }

    /// The minimal body with `changes` applied (a `nil` value removes the member).
    func body(_ changes: [String: JSONValue?] = [:]) -> JSONValue {
        var members = minimalBody
        for (key, value) in changes { members[key] = value }
        return .object(members)
    }
}

/// Reads `json` with `read`, expecting success.
func accepted<Input>(
    _ read: (JSONValue) throws(HelpdeskError) -> Input, _ json: JSONValue,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> Input {
    do throws(HelpdeskError) {
        return try read(json)
    } catch {
        Issue.record("refused: \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// Reads `json` with `read`, expecting `BAD_REQUEST`; answers the refused fields and their reasons.
@discardableResult
func refusedFields<Input>(
    _ read: (JSONValue) throws(HelpdeskError) -> Input, _ json: JSONValue,
    sourceLocation: SourceLocation = #_sourceLocation
) -> [String: String] {
    do throws(HelpdeskError) {
        let input = try read(json)
        Issue.record("accepted: \(input)", sourceLocation: sourceLocation)
        return [:]
    } catch {
        #expect(error.code == .badRequest, sourceLocation: sourceLocation)
        #expect(error.status == 400, sourceLocation: sourceLocation)
        #expect(!error.fields.isEmpty, "a BAD_REQUEST must name a field", sourceLocation: sourceLocation)
        return error.fields
    }
}

/// Expects `read(json)` to refuse `field`, with a reason that contains `reason` when given.
func expectRefused<Input>(
    _ read: (JSONValue) throws(HelpdeskError) -> Input, _ json: JSONValue, field: String, reason: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let fields = refusedFields(read, json, sourceLocation: sourceLocation)
    guard let actual = fields[field] else {
        Issue.record("\(field) not named; fields: \(fields)", sourceLocation: sourceLocation)
        return
    }
    if let reason {
        #expect(actual.contains(reason), "reason for \(field): \(actual)", sourceLocation: sourceLocation)
    }
}

/// The same, for JSON text.
func expectRefused<Input>(
    _ read: (JSONValue) throws(HelpdeskError) -> Input, _ text: String, field: String, reason: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    expectRefused(
        read, try json(text, sourceLocation: sourceLocation), field: field, reason: reason,
        sourceLocation: sourceLocation)
}
