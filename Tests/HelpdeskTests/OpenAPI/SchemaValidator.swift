import Foundation
import Helpdesk

/// Checks JSON values against the subset of JSON Schema 2020-12 that the OpenAPI document
/// uses, answering every problem. A keyword it does not know is itself a problem, so
/// that the document cannot outgrow the checks silently.
struct SchemaValidator: CustomStringConvertible {
    /// The document that `$ref`s point into.
    let document: JSONValue

    /// Short, so that a failed expectation does not print the whole document.
    var description: String { "SchemaValidator" }

    /// Keywords that only annotate.
    static let annotations: Set<String> = ["description", "examples", "example", "title"]

    /// Every keyword this validator checks or knows to be an annotation.
    static let keywords: Set<String> = annotations.union([
        "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "maxProperties",
        "propertyNames", "items", "minItems", "maxItems", "minLength", "maxLength", "pattern", "format", "minimum",
        "maximum",
        "anyOf", "oneOf", "allOf", "not",
    ])

    /// Why `value` does not match `schema`; empty when it does.
    func problems(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        guard case .object(let keywords) = schema else { return ["\(path): schema is not an object"] }
        var found: [String] = []
        for (keyword, argument) in keywords where !Self.annotations.contains(keyword) {
            found += check(keyword, argument, keywords, value, path)
        }
        return found
    }

    /// Whether `value` matches `schema`.
    func matches(_ value: JSONValue, _ schema: JSONValue) -> Bool { problems(value, schema).isEmpty }

    private func check(
        _ keyword: String, _ argument: JSONValue, _ keywords: [String: JSONValue], _ value: JSONValue, _ path: String
    ) -> [String] {
        switch keyword {
        case "$ref":
            guard let target = argument.stringValue.flatMap(document.pointer) else { return ["\(path): bad $ref"] }
            return problems(value, target, at: path)
        case "type":
            let types = argument.arrayValue?.compactMap(\.stringValue) ?? [argument.stringValue ?? ""]
            return types.contains { Self.isOfType(value, $0) } ? [] : ["\(path): \(value.text) is not \(types)"]
        case "enum":
            return argument.arrayValue?.contains(value) == true
                ? [] : ["\(path): \(value.text) not in \(argument.text)"]
        case "const":
            return value == argument ? [] : ["\(path): \(value.text) is not \(argument.text)"]
        case "properties", "required", "additionalProperties", "maxProperties", "propertyNames":
            return checkObject(keyword, argument, keywords, value, path)
        case "items", "minItems", "maxItems":
            return checkArray(keyword, argument, value, path)
        case "minLength", "maxLength", "pattern", "format":
            return checkString(keyword, argument, value, path)
        case "minimum", "maximum":
            guard let number = value.numberValue, let bound = argument.numberValue else { return [] }
            let fits = keyword == "minimum" ? number >= bound : number <= bound
            return fits ? [] : ["\(path): \(number) breaks \(keyword) \(bound)"]
        case "anyOf", "oneOf", "allOf", "not":
            return checkCombination(keyword, argument, value, path)
        default:
            return ["\(path): unknown keyword \(keyword)"]
        }
    }

    private static func isOfType(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
            ("number", .number):
            true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }

    private func checkObject(
        _ keyword: String, _ argument: JSONValue, _ keywords: [String: JSONValue], _ value: JSONValue, _ path: String
    ) -> [String] {
        guard case .object(let members) = value else { return [] }
        switch keyword {
        case "properties":
            return (argument.objectValue ?? [:]).flatMap { name, schema in
                members[name].map { problems($0, schema, at: "\(path).\(name)") } ?? []
            }
        case "required":
            return (argument.arrayValue ?? []).compactMap(\.stringValue).filter { members[$0] == nil }
                .map { "\(path): missing \($0)" }
        case "additionalProperties":
            let declared = keywords["properties"]?.objectValue ?? [:]
            return members.filter { declared[$0.key] == nil }.flatMap { name, member in
                argument == .bool(false)
                    ? ["\(path): unexpected property \(name)"]
                    : argument == .bool(true) ? [] : problems(member, argument, at: "\(path).\(name)")
            }
        case "maxProperties":
            return Double(members.count) <= (argument.numberValue ?? 0) ? [] : ["\(path): too many properties"]
        default:  // propertyNames
            return members.keys.flatMap { problems(.string($0), argument, at: "\(path)[key \($0)]") }
        }
    }

    private func checkArray(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, _ path: String) -> [String] {
        guard case .array(let elements) = value else { return [] }
        if keyword == "minItems" {
            return Double(elements.count) >= (argument.numberValue ?? 0) ? [] : ["\(path): too few items"]
        }
        if keyword == "maxItems" {
            return Double(elements.count) <= (argument.numberValue ?? 0) ? [] : ["\(path): too many items"]
        }
        return elements.enumerated().flatMap { index, element in problems(element, argument, at: "\(path)[\(index)]") }
    }

    private func checkString(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, _ path: String) -> [String] {
        guard case .string(let text) = value else { return [] }
        let length = Double(text.unicodeScalars.count)
        switch keyword {
        case "minLength": return length >= (argument.numberValue ?? 0) ? [] : ["\(path): shorter than \(argument.text)"]
        case "maxLength": return length <= (argument.numberValue ?? 0) ? [] : ["\(path): longer than \(argument.text)"]
        case "pattern":
            guard let pattern = argument.stringValue, let regex = try? Regex(pattern) else {
                return ["\(path): pattern \(argument.text) does not compile"]
            }
            return text.contains(regex) ? [] : ["\(path): \(value.text) does not match \(pattern)"]
        default:  // format
            guard argument.stringValue == "date-time" else { return ["\(path): unknown format \(argument.text)"] }
            return text.contains("T") && ISO8601.parse(text) != nil ? [] : ["\(path): \(text) is not a date-time"]
        }
    }

    private func checkCombination(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, _ path: String)
        -> [String]
    {
        if keyword == "not" { return matches(value, argument) ? ["\(path): matches a schema it must not"] : [] }
        let results = (argument.arrayValue ?? []).map { problems(value, $0, at: path) }
        let matching = results.filter(\.isEmpty).count
        switch keyword {
        case "allOf": return results.flatMap { $0 }
        case "anyOf": return matching > 0 ? [] : ["\(path): matches none of anyOf"] + results.flatMap { $0 }
        default: return matching == 1 ? [] : ["\(path): matches \(matching) of oneOf, not 1"]
        }
    }
}
