/// One delivery ready to send: the host posts `body` to `url` with `headers`, with its own HTTP client.
public struct WebhookRequest: Hashable, Sendable {
    /// The delivery, to report the outcome of with ``HelpdeskService/recordOutcome(of:_:)``.
    public var deliveryID: DeliveryID
    public var url: String
    /// `Content-Type`, `User-Agent`, `Helpdesk-Signature`, and the event's and delivery's ids.
    public var headers: [Header]
    /// The event's JSON.
    public var body: [UInt8]

    /// One HTTP header.
    public struct Header: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(deliveryID: DeliveryID, url: String, headers: [Header], body: [UInt8]) {
        self.deliveryID = deliveryID
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The value of the header `name` (compared case-insensitively), or `nil`.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// How a delivery attempt ended.
public enum WebhookOutcome: Hashable, Sendable {
    /// The receiver answered with this HTTP status: 2xx is a success, anything else a failure.
    case response(statusCode: Int)
    /// No answer: the connection failed or timed out. The reason is kept for admins.
    case failure(reason: String)

    /// Whether the delivery succeeded.
    public var isSuccess: Bool {
        if case .response(let status) = self { return (200..<300).contains(status) }
        return false
    }
}

/// What a host implements with its own HTTP client, so that the library stays off the network.
public protocol WebhookTransport: Sendable {
    /// Posts the request and says how it ended. It should time out on its own (10 seconds is usual).
    func send(_ request: WebhookRequest) async -> WebhookOutcome
}
