/// The whole REST API of the contract, in-process: a request in, a response out.
///
/// A server wraps it in a few lines: hand over method, path, query, headers and
/// body bytes; write back status, headers and body. The handler never throws and
/// never traps: every failure is an answer in the contract's error format.
///
/// ```swift
/// let handler = HelpdeskHandler(service: HelpdeskService(store: InMemoryStore()))
/// let response = await handler.handle(
///     HelpdeskRequest(method: "GET", target: "/api/v1/tickets?status=open",
///                     headers: [("Authorization", "Bearer \(key)")]))
/// ```
public final class HelpdeskHandler: Sendable {
    /// The business rules and the store behind the API.
    public let service: HelpdeskService
    /// Base path, limits, rate limits, idempotency window and their clock.
    public let configuration: HandlerConfiguration
    let rateLimiter: RateLimiter
    let idempotency: IdempotencyCache
    let openAPIDocument: [UInt8]

    public init(service: HelpdeskService, configuration: HandlerConfiguration = HandlerConfiguration()) {
        self.service = service
        self.configuration = configuration
        self.rateLimiter = RateLimiter(policy: configuration.rateLimit, clock: configuration.clock)
        self.idempotency = IdempotencyCache(
            window: configuration.idempotencyWindow, capacity: configuration.idempotencyCapacity,
            byteCapacity: configuration.idempotencyByteCapacity, clock: configuration.clock)
        self.openAPIDocument = OpenAPIDocument.bytes(basePath: configuration.basePath)
    }

    /// Answers one request.
    ///
    /// A `HEAD` is answered as its `GET`, body included, so that a server can send the body's
    /// length without the body, as HTTP requires. A `GET` or `HEAD` of a record whose `ETag` the
    /// request's `If-None-Match` lists is answered `304` with that `ETag` and no body; one whose
    /// `If-Match` lists none of the record's `ETag`s, `412`.
    ///
    /// Every request but the OpenAPI document's needs a valid key, even to learn that its path
    /// or method is unknown (`404`, `405`): without one it is `401`, and which paths exist stays
    /// unsaid. Only the document's own path answers a wrong method with `405` to anyone.
    public func handle(_ request: HelpdeskRequest) async -> HelpdeskResponse {
        let segments = Router.segments(of: request.path, basePath: configuration.basePath)
        switch segments.map({ Router.match(method: request.method, segments: $0) }) ?? .notFound {
        case .notFound:
            return await withKey(request) { _ in Self.noSuchPath }
        case .methodNotAllowed(let allowed):
            var response = Self.failure(
                HelpdeskError(
                    .methodNotAllowed, "\(request.method) is not allowed here; use \(allowed.joined(separator: ", "))"))
            response.setHeader("Allow", allowed.joined(separator: ", "))
            // The document's path is public, and so is which methods it takes.
            if let segments, case .found(.getOpenAPI, _) = Router.match(method: "GET", segments: segments) {
                return anonymous(response)
            }
            return await withKey(request) { _ in response }
        case .found(.getOpenAPI, _):
            return anonymous(
                HelpdeskResponse(status: 200, headers: [("Content-Type", "application/json")], body: openAPIDocument))
        case .found(let operation, let parameters):
            return await authenticated(request, operation, pathParameters: parameters)
        }
    }

    /// The answer to a request that never reaches ``handle(_:)`` because the server could not
    /// read it as HTTP (a request line or header past the server's limits, bytes that are not a
    /// URL): a `400` in the error format, counted against the anonymous rate-limit bucket like
    /// any request without a key, and carrying its headers (a `429`, like any of them, once that
    /// bucket is empty).
    public func unreadableRequest(_ message: String = "The request could not be read as HTTP") -> HelpdeskResponse {
        anonymous(Self.failure(HelpdeskError(.badRequest, message)))
    }

    private static let noSuchPath = failure(HelpdeskError(.notFound, "No such path"))

    private func authenticated(
        _ request: HelpdeskRequest, _ operation: Endpoint, pathParameters: [String]
    ) async -> HelpdeskResponse {
        await withKey(request) { credential in
            let call = Call(
                request: request, operation: operation, pathParameters: pathParameters, principal: credential.principal)
            // The role's refusal is an answer like any other: an `Idempotency-Key` stores and replays it.
            let response = await idempotent(call, scope: credential.digest) { call in
                guard AccessPolicy.allows(call.principal, operation) else { return Self.failure(.forbidden()) }
                return await self.respond(to: call)
            }
            return Self.conditionalRead(response, for: request)
        }
    }

    /// `answer` for the request's valid key, with the rate-limit headers of the key's bucket;
    /// `401` (counted against the anonymous bucket) without one, `429` once the bucket is empty.
    private func withKey(
        _ request: HelpdeskRequest, _ answer: (Credential) async -> HelpdeskResponse
    ) async -> HelpdeskResponse {
        let credential: Credential
        do {
            credential = try await Credential.authenticate(request, with: service)
        } catch {
            var response = Self.failure(error)
            response.setHeader("WWW-Authenticate", "Bearer")
            return anonymous(response)
        }
        let decision = rateLimiter.consume(key: credential.digest)
        guard decision.isAllowed else { return Self.adding(decision, to: Self.tooManyRequests(decision)) }
        return Self.adding(decision, to: await answer(credential))
    }

    /// Runs `call`, turning every error into the contract's error answer.
    func respond(to call: Call) async -> HelpdeskResponse {
        do {
            return try await perform(call)
        } catch {
            return Self.failure(error)
        }
    }

    /// An answer in the error format.
    static func failure(_ error: HelpdeskError) -> HelpdeskResponse {
        HelpdeskResponse(
            status: error.status, headers: [("Content-Type", "application/json")], body: WireEncoding.error(error))
    }

    /// An answer to a request without a valid key, counted against the shared anonymous
    /// bucket: refused with `429` once that bucket is empty.
    private func anonymous(_ response: HelpdeskResponse) -> HelpdeskResponse {
        let decision = rateLimiter.consume(key: "anonymous")
        guard decision.isAllowed else { return Self.adding(decision, to: Self.tooManyRequests(decision)) }
        return Self.adding(decision, to: response)
    }

    private static func tooManyRequests(_ decision: RateLimitDecision) -> HelpdeskResponse {
        failure(HelpdeskError(.tooManyRequests, "Too many requests; retry after \(decision.retryAfterSeconds) seconds"))
    }

    private static func adding(_ decision: RateLimitDecision, to response: HelpdeskResponse) -> HelpdeskResponse {
        var response = response
        for (name, value) in decision.headers { response.setHeader(name, value) }
        return response
    }
}
