#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The OpenAPI operation object of one ``Endpoint``: its id, parameters, body, answers,
/// and the kinds of key that may call it (asked of ``AccessPolicy`` itself).
enum OpenAPIOperation {
    /// The operation object.
    static func object(of operation: Endpoint) -> JSONValue {
        var members: [String: JSONValue] = [
            "operationId": .string(operation.rawValue), "summary": .string(summary(of: operation)),
            "tags": .array([.string(operation.collection ?? "meta")]), "responses": OpenAPIResponses.of(operation),
        ]
        let parameters = OpenAPIParameters.of(operation)
        if !parameters.isEmpty { members["parameters"] = .array(parameters) }
        if let body = requestBody(of: operation) { members["requestBody"] = body }
        if operation.requiresKey {
            members["description"] = .string(
                "Keys that may call it: " + callers(of: operation).joined(separator: ", ") + ".")
        } else {
            members["security"] = .array([])
        }
        return .object(members)
    }

    /// `List tickets`, `Create a ticket` …
    static func summary(of operation: Endpoint) -> String {
        guard let resource = OpenAPIResource.of(operation) else { return "This OpenAPI document" }
        switch operation.action {
        case .list: return "List \(resource.collection)"
        case .create: return "Create \(resource.singular)"
        case .get: return "Get \(resource.singular)"
        case .update: return "Update \(resource.singular)"
        case .delete: return "Delete \(resource.singular)"
        case .mintKey: return "Mint an API key for \(resource.singular)"
        case .redeliver: return "Send \(resource.singular) again"
        case .document: return "This OpenAPI document"
        }
    }

    /// The request body of a create, an update or a key mint (whose body is optional).
    static func requestBody(of operation: Endpoint) -> JSONValue? {
        let schema: String?
        switch operation.action {
        case .create: schema = OpenAPIResource.of(operation)?.createBody
        case .update: schema = OpenAPIResource.of(operation)?.updateBody
        case .mintKey: schema = OpenAPIResourceSchemas.name(of: APIKeyCreate.self)
        case .list, .get, .delete, .redeliver, .document: schema = nil
        }
        guard let schema else { return nil }
        return .object([
            "required": .bool(operation.action != .mintKey),
            "content": .object(["application/json": .object(["schema": JSONSchema.ref(schema)])]),
        ])
    }

    /// The user roles (and `customer`) whose keys ``AccessPolicy`` lets call `operation`.
    static func callers(of operation: Endpoint) -> [String] {
        let epoch = Date(timeIntervalSince1970: 0)
        let roles = UserRole.allCases.filter { role in
            let user = User(id: UserID(trusted: "user_openapi"), email: "", name: "", role: role, createdAt: epoch)
            return AccessPolicy.allows(.user(user), operation)
        }
        let customer = Customer(id: CustomerID(trusted: "cust_openapi"), email: "", createdAt: epoch, updatedAt: epoch)
        return roles.map(\.rawValue) + (AccessPolicy.allows(.customer(customer), operation) ? ["customer"] : [])
    }
}
