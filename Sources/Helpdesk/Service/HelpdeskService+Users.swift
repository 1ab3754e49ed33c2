extension HelpdeskService {
    /// One user.
    public func user(_ id: UserID) async throws(HelpdeskError) -> User {
        try await reading { try await existingUser(id).value }
    }

    /// A page of users.
    public func users(_ query: RecordQuery) async throws(HelpdeskError) -> Page<User> {
        try query.cursor?.validate(for: query.sort, listing: UserKind.self)
        return try await reading { try await store.users(query) }
    }

    /// Creates a user; the email must not be taken (compared case-insensitively).
    public func createUser(_ input: UserCreate, by author: Author) async throws(HelpdeskError) -> User {
        let input = try input.validated()
        return try await committing {
            if try await store.user(email: input.email) != nil {
                throw HelpdeskError.taken(field: "email", "A user with this email already exists")
            }
            let now = clock.now()
            let user = User(
                id: ids.make(at: now), email: input.email, name: input.name, role: input.role, isActive: input.isActive,
                createdAt: now)
            return (
                ChangeSet([.insertUser(user)]), [event(.user, user.id.rawValue, .created, by: author, at: now)], user
            )
        }
    }

    /// Changes a user. A user made inactive can no longer be assigned, and its keys stop working.
    /// Users cannot deactivate themselves or give up their own role, so that an admin cannot lock
    /// the helpdesk out by mistake (`BAD_REQUEST` naming `active` or `role`).
    public func updateUser(
        _ id: UserID, _ update: UserUpdate, by author: Author, precondition: Precondition<User>? = nil
    ) async throws(HelpdeskError) -> User {
        let update = try update.validated()
        if case .user(id) = author {
            if update.isActive == false {
                throw HelpdeskError.invalid(field: "active", "you cannot deactivate yourself")
            }
            if let role = update.role {
                let current = try await user(id).role
                if role != current { throw HelpdeskError.invalid(field: "role", "you cannot change your own role") }
            }
        }
        return try await committing {
            let stored = try await existingUser(id)
            try require(precondition, stored.value)
            var user = stored.value
            var changed: [String] = []
            if let email = update.email, email != user.email {
                if email.lowercased() != user.email.lowercased(), try await store.user(email: email) != nil {
                    throw HelpdeskError.taken(field: "email", "A user with this email already exists")
                }
                user.email = email
                changed.append("email")
            }
            if let name = update.name, name != user.name {
                user.name = name
                changed.append("name")
            }
            if let role = update.role, role != user.role {
                user.role = role
                changed.append("role")
            }
            if let isActive = update.isActive, isActive != user.isActive {
                user.isActive = isActive
                changed.append("active")
            }
            guard !changed.isEmpty else { return (ChangeSet(), [], user) }
            let now = clock.now()
            return (
                ChangeSet([.updateUser(user, expectedVersion: stored.version)]),
                [event(.user, id.rawValue, .updated(fields: changed.sorted()), by: author, at: now)], user
            )
        }
    }

    private func existingUser(_ id: UserID) async throws -> Stored<User> {
        guard let stored = try await store.user(id) else { throw HelpdeskError.notFound(UserKind.self) }
        return stored
    }
}
