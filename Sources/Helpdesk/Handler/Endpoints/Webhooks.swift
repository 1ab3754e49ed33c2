extension HelpdeskHandler {
    func listWebhooks(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        let query = try RecordQuery(queryItems: call.queryItems())
        return try list(try await service.webhooks(query), limit: query.limit)
    }

    func getWebhook(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        return try single(try await service.webhook(call.pathID()))
    }

    /// `201` with the subscription and its secret; the `ETag` is that of the subscription as `GET` shows it.
    func createWebhook(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let issued = try await service.createWebhook(WebhookCreate(json: body(of: call)), by: call.author)
        var response = try created(issued, id: issued.webhook.id, in: call)
        response.setHeader("ETag", try single(issued.webhook).header("ETag") ?? "")
        return response
    }

    func updateWebhook(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        let update = try WebhookUpdate(json: body(of: call))
        return try single(
            try await service.updateWebhook(
                call.pathID(), update, by: call.author, precondition: preconditions(call, Webhook.self)))
    }

    func deleteWebhook(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        try await service.deleteWebhook(call.pathID(), by: call.author, precondition: preconditions(call, Webhook.self))
        return noContent
    }

    func listWebhookDeliveries(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        let query = try RecordQuery(queryItems: call.queryItems())
        return try list(try await service.deliveries(of: call.pathID(), query), limit: query.limit)
    }

    func getWebhookDelivery(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        return try single(
            try await service.delivery(call.pathID(at: 1), of: call.pathID()))
    }

    /// `201` with the new delivery, which is due at once.
    func redeliverWebhookDelivery(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        try call.requireNoQuery()
        try BodyReader(body(of: call, optional: true)).finish().throwIfAny()  // it takes no fields
        let webhook: WebhookID = try call.pathID()
        let delivery = try await service.redeliver(
            call.pathID(at: 1), of: webhook, by: call.author)
        return try single(
            delivery, status: 201, location: "/webhooks/\(webhook.rawValue)/deliveries/\(delivery.id.rawValue)")
    }

    /// `{"data": [events], "meta": {"limit", "next_cursor", "has_more"}}`, each event's JSON as stored.
    func listEvents(_ call: Call) async throws(HelpdeskError) -> HelpdeskResponse {
        let query = try EventFeedQuery(queryItems: call.queryItems())
        let page = try await service.eventFeed(after: query.after, limit: query.limit)
        var body = Array(#"{"data":["#.utf8)
        for (offset, event) in page.events.enumerated() {
            if offset > 0 { body.append(UInt8(ascii: ",")) }
            body += event.payload.utf8
        }
        body += #"],"meta":{"has_more":\#(page.hasMore),"limit":\#(query.limit.value),"#.utf8
        body += #""next_cursor":"\#(page.nextCursor.token)"}}"#.utf8
        return HelpdeskResponse(status: 200, headers: [("Content-Type", "application/json")], body: body)
    }
}
