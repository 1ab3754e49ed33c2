#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value behind a reader-writer lock: any number of readers at once, or one writer.
///
/// Writers are preferred where the platform allows it (glibc's
/// `PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP`), so a stream of readers cannot
/// starve a write, and a reader waits for at most the write in progress. A thread
/// first tries the lock a few times, yielding between tries, and sleeps on it only
/// after that, so a handover costs about one critical section rather than a wake-up.
final class ReadWriteLock<Value: ~Copyable & Sendable>: @unchecked Sendable {
    // @unchecked: `value` is only touched while `lock` is held, shared for reads and
    // exclusive for writes; the lock itself is never moved (it lives on the heap).
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    /// The value, on the heap, so that a read borrows it in place: a class's stored property
    /// would be copied for every read (a retain and a release of each of its buffers, which
    /// two reading cores then fight over). A copyable value read from here may still be copied
    /// for the call when the optimizer cannot prove nothing writes it meanwhile; a
    /// noncopyable one (the store's `MemoryState`) is always borrowed.
    private let value: UnsafeMutablePointer<Value>

    init(_ value: consuming Value) {
        self.value = .allocate(capacity: 1)
        self.value.initialize(to: value)
        lock = .allocate(capacity: 1)
        var attributes = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attributes)
        #if canImport(Glibc)
        pthread_rwlockattr_setkind_np(&attributes, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        #endif
        pthread_rwlock_init(lock, &attributes)
        pthread_rwlockattr_destroy(&attributes)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
        value.deinitialize(count: 1)
        value.deallocate()
    }

    /// How many times a lock is tried, yielding the processor between tries, before the thread
    /// sleeps on it: the critical sections take microseconds, and waking a sleeping thread
    /// takes longer than that, so a reader beside a writer (or a writer beside readers) would
    /// otherwise pay a wake-up for every handover.
    static var spins: Int { 64 }

    /// Runs `body` with shared access.
    func read<Result>(_ body: (borrowing Value) throws -> Result) rethrows -> Result {
        acquire(try: pthread_rwlock_tryrdlock, wait: pthread_rwlock_rdlock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(value.pointee)
    }

    /// Runs `body` with exclusive access.
    func write<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        acquire(try: pthread_rwlock_trywrlock, wait: pthread_rwlock_wrlock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(&value.pointee)
    }

    private func acquire(
        try attempt: (UnsafeMutablePointer<pthread_rwlock_t>) -> Int32,
        wait: (UnsafeMutablePointer<pthread_rwlock_t>) -> Int32
    ) {
        for _ in 0..<Self.spins {
            if attempt(lock) == 0 { return }
            sched_yield()
        }
        _ = wait(lock)
    }
}
