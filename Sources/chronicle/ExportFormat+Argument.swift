import ArgumentParser
import ChronicleCore

/// `--format json|jsonl|csv|markdown|timelinejs` on `extract` and `merge`.
extension ExportFormat: ExpressibleByArgument {}
