/// The workload's pseudo-random generator, exactly as `bench/WORKLOAD.md` writes it.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator at the start of the sequence for `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `next % bound`: a number in `0..<bound` (`bound` must be positive).
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }

    /// A double in `0..<1` from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}

/// A pick over `0..<count` with weight `1 / (k + 1)`, one `unit()` draw per pick.
public struct WeightedPicker: Sendable {
    private let cumulative: [Double]

    /// The cumulative weights `C[k] = 1/1 + … + 1/(k+1)`, summed in that order.
    public init(count: Int) {
        var sums: [Double] = []
        sums.reserveCapacity(count)
        var sum = 0.0
        for k in 0..<count {
            sum += 1.0 / Double(k + 1)
            sums.append(sum)
        }
        cumulative = sums
    }

    /// The first `k` with `u * W < C[k]`.
    public func pick(_ random: inout SplitMix64) -> Int {
        let scaled = random.unit() * (cumulative.last ?? 0)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if scaled < cumulative[middle] { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
