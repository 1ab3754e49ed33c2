/// The answers of each operation: its success, with the envelope and headers the handler
/// writes, and every error it can give, each a shared response of `components.responses`.
enum OpenAPIResponses {
    private typealias S = JSONSchema

    /// The `responses` object of `operation`.
    static func of(_ operation: Endpoint) -> JSONValue {
        let (status, success) = success(of: operation)
        var responses = [String(status): success]
        if operation.action == .get {
            responses["304"] = response(
                "Not modified: the record still has an ETag of `If-None-Match`.", headers: limits + ["ETag"],
                schema: nil)
        }
        for code in errorCodes(of: operation) {
            responses[String(code.status)] = .object(["$ref": .string("#/components/responses/" + name(of: code))])
        }
        return .object(responses)
    }

    /// The errors `operation` can answer, besides the 404 and 405 of paths it does not serve. An
    /// operation that needs no key can still find the anonymous rate-limit bucket empty.
    static func errorCodes(of operation: Endpoint) -> [HelpdeskError.Code] {
        guard operation.requiresKey else { return [.tooManyRequests] }
        var codes: [HelpdeskError.Code] = [
            .badRequest, .unauthorized, .forbidden, .tooManyRequests, .internalServerError,
        ]
        if operation.pathTemplate.contains("{id}") { codes.append(.notFound) }
        switch operation.action {
        case .create, .redeliver: codes.append(.conflict)
        case .update, .delete: codes += [.conflict, .preconditionFailed]
        case .get: codes.append(.preconditionFailed)
        case .list, .mintKey, .document: break
        }
        return codes
    }

    /// The headers of every answer.
    static let limits = ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]

    /// The status and response object of `operation`'s success.
    static func success(of operation: Endpoint) -> (Int, JSONValue) {
        guard operation.action != .document, let resource = OpenAPIResource.of(operation) else {
            return (200, response("This OpenAPI document.", headers: limits, schema: S.typed("object")))
        }
        let record = single(resource.record)
        switch operation.action {
        case .list:
            let meta = operation == .listEvents ? OpenAPIResourceSchemas.feedMeta : OpenAPIResourceSchemas.listMeta
            let page = S.record(["data": S.array(S.ref(resource.listItem)), "meta": S.ref(meta)])
            return (200, response("A page of \(resource.collection).", headers: limits, schema: page))
        case .get, .document:
            return (200, response("The record.", headers: limits + ["ETag"], schema: record))
        case .update:
            return (200, response("The updated record.", headers: limits + ["ETag"], schema: record))
        case .create:
            let created = response(
                "Created; `Location` is the new record's path.",
                headers: limits + ["ETag", "Location", "Idempotent-Replayed"], schema: single(resource.createdRecord))
            return (201, created.adding(["links": links(from: operation)]))
        case .redeliver:
            let queued = response(
                "The new delivery, due now; `Location` is its path.",
                headers: limits + ["ETag", "Location", "Idempotent-Replayed"], schema: record)
            return (201, queued)
        case .mintKey:
            let issued = single(OpenAPIResourceSchemas.name(of: IssuedAPIKey.self))
            let headers = limits + ["ETag"]
            return (201, response("The new key, shown this once.", headers: headers, schema: issued))
        case .delete:
            return (204, response("Deleted.", headers: limits, schema: nil))
        }
    }

    /// `{"data": <name>}`.
    static func single(_ name: String) -> JSONValue { S.record(["data": S.ref(name)]) }

    /// Links from a create's answer to the operations on the new record, by its id.
    static func links(from operation: Endpoint) -> JSONValue {
        let targets = Endpoint.allCases.filter { target in
            target.collection == operation.collection && [.get, .update, .delete].contains(target.action)
        }
        return .object(
            Dictionary(
                uniqueKeysWithValues: targets.map { target in
                    (
                        target.rawValue,
                        JSONValue.object([
                            "operationId": .string(target.rawValue),
                            "parameters": .object(["id": .string("$response.body#/data/id")]),
                        ])
                    )
                }))
    }

    /// A response object: `headers` by their names in `components.headers`, and a JSON body if `schema`.
    static func response(_ description: String, headers: [String], schema: JSONValue?) -> JSONValue {
        var members: [String: JSONValue] = [
            "description": .string(description),
            "headers": .object(
                Dictionary(
                    uniqueKeysWithValues: headers.map { ($0, .object(["$ref": .string("#/components/headers/" + $0)])) }
                )),
        ]
        if let schema { members["content"] = .object(["application/json": .object(["schema": schema])]) }
        return .object(members)
    }
}
