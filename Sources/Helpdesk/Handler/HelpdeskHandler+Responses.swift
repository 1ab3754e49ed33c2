extension HelpdeskHandler {
    /// `200` (or `status`) with `{"data": value}`, its `ETag`, and a `Location` for creates.
    func single(_ value: some Encodable, status: Int = 200, location: String? = nil) throws(HelpdeskError)
        -> HelpdeskResponse
    {
        let body = try encoded { try WireEncoding.single(value) }
        var headers: [(name: String, value: String)] = [
            ("Content-Type", "application/json"), ("ETag", WireEncoding.etag(of: body)),
        ]
        if let location { headers.append(("Location", configuration.basePath + location)) }
        return HelpdeskResponse(status: status, headers: headers, body: body)
    }

    /// `201` with the new record and its `Location`.
    func created<Kind: ResourceKind>(_ value: some Encodable, id: ResourceID<Kind>, in call: Call) throws(HelpdeskError)
        -> HelpdeskResponse
    {
        try single(value, status: 201, location: "/\(call.operation.collection ?? "")/\(id.rawValue)")
    }

    /// `200` with `{"data": […], "meta": …}`.
    func list<Item: Encodable>(_ page: Page<Item>, limit: ListLimit) throws(HelpdeskError) -> HelpdeskResponse {
        HelpdeskResponse(
            status: 200, headers: [("Content-Type", "application/json")],
            body: try encoded { try WireEncoding.list(page, limit: limit) })
    }

    /// `200` with `{"data": […], "meta": …}`, for items that write their own JSON.
    func wireJSONList<Item: Encodable & WireJSON>(_ page: Page<Item>, limit: ListLimit) -> HelpdeskResponse {
        HelpdeskResponse(
            status: 200, headers: [("Content-Type", "application/json")],
            body: WireEncoding.wireJSONList(page, limit: limit))
    }

    /// `204` with no body.
    var noContent: HelpdeskResponse { HelpdeskResponse(status: 204) }

    /// The conditions of a PATCH or DELETE on the record's current representation: with
    /// `If-Match`, its ETag must be one of those listed (or the list is `*`); with
    /// `If-None-Match`, it must be none of them (and the list not `*`), as RFC 9110 asks of a
    /// write. `nil` when the request has neither header.
    func preconditions<Value: Encodable & Sendable>(_ call: Call, _ type: Value.Type = Value.self)
        -> Precondition<Value>?
    {
        let matching = call.request.header("If-Match").map(EntityTagList.init)
        let notMatching = call.request.header("If-None-Match").map(EntityTagList.init)
        if matching == nil && notMatching == nil { return nil }
        return { current in
            guard let body = try? WireEncoding.single(current) else { return false }
            let etag = WireEncoding.etag(of: body)
            return matching?.names(etag) != false && notMatching?.names(etag) != true
        }
    }

    /// The conditions of a `GET` or `HEAD` of one record, in RFC 9110's order: an `If-Match` that
    /// lists none of the record's ETags (and is not `*`) is `412`; then an `If-None-Match` that
    /// lists one of them (or is `*`) is `304` with the `ETag` and no body in place of the `200`,
    /// so that a client holding the record's current version need not be sent it again.
    static func conditionalRead(_ response: HelpdeskResponse, for request: HelpdeskRequest) -> HelpdeskResponse {
        guard request.method == "GET" || request.method == "HEAD", response.status == 200,
            let etag = response.header("ETag")
        else { return response }
        if let matching = request.header("If-Match").map(EntityTagList.init), !matching.names(etag) {
            return failure(.preconditionFailed)
        }
        guard let notMatching = request.header("If-None-Match").map(EntityTagList.init), notMatching.names(etag)
        else { return response }
        return HelpdeskResponse(status: 304, headers: [("ETag", etag)])
    }

    private func encoded(_ encode: () throws -> [UInt8]) throws(HelpdeskError) -> [UInt8] {
        do {
            return try encode()
        } catch {
            throw .internalError
        }
    }
}
