extension HelpdeskHandler {
    /// Runs `body` once per `Idempotency-Key` (POST only, API key mints aside), replaying its answer.
    /// `body` gets the call with its JSON body parsed, if the key's check parsed it.
    func idempotent(
        _ call: Call, scope: String, _ body: (Call) async -> HelpdeskResponse
    ) async -> HelpdeskResponse {
        guard call.request.method == "POST", call.operation.action != .mintKey,
            let key = call.request.header("Idempotency-Key")
        else { return await body(call) }
        guard (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return Self.failure(
                .invalid(field: "Idempotency-Key", "must be 1 to 255 visible ASCII characters"))
        }
        var call = call
        // The body as the endpoint reads it; nil when it would refuse it (compared by its bytes).
        call.parsedBody = try? call.jsonBody(limit: maximumBodySize(of: call.operation))
        let fingerprint = SHA256.hash(
            Array("\(call.operation.rawValue)\u{0}\(call.request.path)\u{0}\(call.request.query)\u{0}".utf8)
                + Self.idempotencyContent(of: call.request, parsed: call.parsedBody))
        switch idempotency.begin(scope: scope, key: key, fingerprint: fingerprint) {
        case .replay(var response):
            response.setHeader("Idempotent-Replayed", "true")
            return response
        case .mismatch:
            return Self.failure(
                HelpdeskError(
                    .conflict, "This Idempotency-Key was already used with another request",
                    fields: ["Idempotency-Key": "was used with another request"]))
        case .inProgress:
            return Self.failure(
                HelpdeskError(
                    .conflict, "A request with this Idempotency-Key is still in progress; retry later",
                    fields: ["Idempotency-Key": "is in use by a request in progress"]))
        case .proceed(let claim):
            let response = await body(call)
            let keep = response.status < 500 && response.status != 429
            idempotency.finish(claim, with: keep ? response : nil)
            return response
        }
    }

    /// What stands for a request's body when its idempotency key is checked: a JSON body as its
    /// value (keys sorted, no spaces), so that the same parameters in another order or layout
    /// make the same request, as Stripe compares them; any other body as its bytes.
    static func idempotencyContent(of request: HelpdeskRequest, parsed: JSONValue?) -> [UInt8] {
        guard let parsed else { return Array("bytes\u{0}".utf8) + request.body }
        return Array("json\u{0}".utf8) + JSONWriter.bytes(parsed)
    }
}
