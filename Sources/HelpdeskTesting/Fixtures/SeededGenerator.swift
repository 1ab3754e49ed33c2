/// A small deterministic random number generator (SplitMix64), so that the
/// data set of the query checks is the same on every run and every backend.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// One of `choices`.
    mutating func pick<Element>(_ choices: [Element]) -> Element {
        choices[Int.random(in: 0..<choices.count, using: &self)]
    }

    /// Whether an event of probability `percent` / 100 happens.
    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &self) < percent
    }

    /// Up to `count` distinct elements of `choices`, in random order.
    mutating func some<Element>(of choices: [Element], upTo count: Int) -> [Element] {
        Array(choices.shuffled(using: &self).prefix(Int.random(in: 0...count, using: &self)))
    }

    /// `count` words of `vocabulary` joined by spaces.
    mutating func words(_ count: Int, from vocabulary: [String]) -> String {
        (0..<count).map { _ in pick(vocabulary) }.joined(separator: " ")
    }
}
