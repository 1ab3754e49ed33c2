extension StorageError {
    /// Whether computing the change again from fresh reads may succeed.
    var isWorthRetrying: Bool {
        switch self {
        case .versionMismatch, .duplicate: true
        default: false
        }
    }

    /// The error a caller sees.
    var helpdeskError: HelpdeskError {
        switch self {
        case .duplicate(let kind, let field, _):
            HelpdeskError.taken(field: field, "A \(kind.replacing("_", with: " ")) with this \(field) already exists")
        case .notFound(let kind, _):
            HelpdeskError(.notFound, "\(kind.prefix(1).uppercased() + kind.dropFirst()) not found")
        case .idTaken(let kind, let id):
            HelpdeskError(.conflict, "A \(kind) with id \(id) already exists", fields: ["id": "is already taken"])
        case .versionMismatch:
            HelpdeskError(.conflict, "The resource was changed by another request at the same time; try again")
        case .missingReference(let field, _):
            HelpdeskError.invalid(field: field, "does not exist")
        case .hasDependents(let reason):
            HelpdeskError(.conflict, "Cannot delete: \(reason)")
        case .backend:
            HelpdeskError.internalError
        }
    }
}
