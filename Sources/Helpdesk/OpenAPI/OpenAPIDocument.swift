/// The OpenAPI 3.1 description of the API, generated from the definitions the handler
/// itself uses, so that the two cannot drift: ``Endpoint`` (paths, methods, ids),
/// the query types' `parameterNames`, ``Limits`` and ``FieldRules``' patterns, the
/// enums' `allCases`, ``HelpdeskError/Code`` and ``AccessPolicy``.
///
/// The pieces live beside it: ``JSONSchema`` (builders), ``OpenAPIResourceSchemas``
/// (answers), ``OpenAPIInputSchemas`` (bodies), ``OpenAPIParameters``,
/// ``OpenAPIResponses`` and ``OpenAPIOperation``.
enum OpenAPIDocument {
    /// The document as JSON bytes.
    static func bytes(basePath: String) -> [UInt8] {
        JSONWriter.bytes(document(basePath: basePath))
    }

    /// The document: every operation of ``Endpoint/allCases`` under its path.
    static func document(basePath: String) -> JSONValue {
        .object([
            "openapi": .string("3.1.0"),
            "info": .object([
                "title": .string("swift-helpdesk"), "version": .string("1.0.0"), "description": .string(description),
            ]),
            "servers": .array([.object(["url": .string(basePath)])]),
            "security": .array([.object(["bearerAuth": .array([])])]),
            "tags": .array((OpenAPIResource.all.map(\.collection) + ["meta"]).map { .object(["name": .string($0)]) }),
            "paths": paths,
            "components": .object([
                "schemas": .object(
                    OpenAPIResourceSchemas.all.merging(OpenAPIInputSchemas.all) { resource, _ in resource }),
                "responses": .object(OpenAPIResponses.components),
                "headers": .object(OpenAPIResponses.headers),
                "securitySchemes": .object([
                    "bearerAuth": .object([
                        "type": .string("http"), "scheme": .string("bearer"),
                        "description": .string("An API key: `Authorization: Bearer <key>`."),
                    ])
                ]),
            ]),
        ])
    }

    /// `paths`: each path template with its operations by lower-case method.
    static var paths: JSONValue {
        let byPath = Dictionary(grouping: Endpoint.allCases, by: \.pathTemplate)
        return .object(
            byPath.mapValues { operations in
                .object(
                    Dictionary(
                        uniqueKeysWithValues: operations.map {
                            ($0.method.lowercased(), OpenAPIOperation.object(of: $0))
                        }))
            })
    }

    private static let description = """
        The helpdesk's REST API. Single records come as `{"data": …}`, lists as `{"data": […], "meta": \
        {"limit", "total", "next_cursor"}}`, errors as `{"error": {"code", "message", "details"}}`. Every answer \
        carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`. A known path with a method \
        it does not take is `405 METHOD_NOT_ALLOWED` with `Allow`; an unknown path is `404 NOT_FOUND`; both, \
        like every operation but this document, need a valid key (`401 UNAUTHORIZED` without one). Request \
        bodies must be `application/json` (`charset=utf-8` allowed). This document is served at `/openapi.json` \
        (and under the base path), with no key.
        """
}
