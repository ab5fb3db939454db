import ChronicleTestSupport
import Foundation
import XCTest

/// Extraction quality on the development set in `../shared/dev` (real news annotated by
/// others; read at test time, never copied into the project), scored by its own `score.py`.
/// Guards the issue-5 targets and the issue-12 actor figures reached so far against
/// regressions; skipped when the set is absent.
final class DevSetQualityTests: XCTestCase {
  private static let dev = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/dev").path

  /// Extracts every article of `set` and returns the metrics of `scorer` (its last JSON
  /// line), run on the folder, `labels` if any, and the output.
  private func score(
    _ set: String, scorer: String = "score.py", labels: String? = nil
  ) throws -> [String: Double] {
    let folder = Self.dev + "/" + set
    guard FileManager.default.fileExists(atPath: Self.dev + "/" + scorer),
      labels.map({ FileManager.default.fileExists(atPath: Self.dev + "/" + $0) }) ?? true,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
    else { throw XCTSkip("no development set at \(Self.dev); quality is not measured here") }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
      throw XCTSkip("python3 is missing; the scorer needs it")
    }
    try ChronicleBinary.require()
    let articles = names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    let output = NSTemporaryDirectory() + "chronicle-dev-\(set)-\(UUID().uuidString).json"
    defer { unlink(output) }
    let extract = try ChronicleBinary.run(["extract", "-o", output] + articles)
    XCTAssertEqual(extract.status, 0, extract.stderr)
    let scored = try Spawn.run(
      ["/usr/bin/python3", Self.dev + "/" + scorer, folder] + (labels.map { [Self.dev + "/" + $0] } ?? [])
        + [output, "--json"])
    XCTAssertEqual(scored.status, 0, scored.stderr)
    let last = String(decoding: scored.stdout, as: UTF8.self)
      .split(separator: "\n").last.map(String.init) ?? ""
    let object = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]
    return (object ?? [:]).compactMapValues { $0 as? Double }
  }

  func testQuotes_meetTheTargetsOnPolNEAR() throws {
    let m = try score("polnear")
    XCTAssertGreaterThanOrEqual(m["direct_f1"] ?? 0, 0.95, "direct quotes F1")
    XCTAssertGreaterThanOrEqual(m["speaker_acc"] ?? 0, 0.94, "speaker accuracy")
    XCTAssertGreaterThanOrEqual(m["speaker_recall"] ?? 0, 0.90, "speaker recall")
    XCTAssertGreaterThanOrEqual(m["all_p"] ?? 0, 0.95, "all quotes precision")
    // 0.800 since verbs of saying before "that" with any subject, questions put to someone,
    // states of mind, nouns of claim and intent, and verbs of regarding and knowing; 0.810
    // since relative pronouns as subjects, stances of backing, attacking and the like with
    // objects of one word, plural people before a stance, headline stances and polls that
    // open a sentence (issue 13, session 7).
    XCTAssertGreaterThanOrEqual(m["all_f1"] ?? 0, 0.805, "all quotes F1")
  }

  /// The 840 articles rules were developed on (issue 13), and how far the 84 tuned on stay
  /// ahead of them on speakers: a rule fitted to articles rather than to English widens it.
  func testQuotes_onPolNEARTrain_andTheGapToDev() throws {
    let train = try score("polnear-train")
    XCTAssertGreaterThanOrEqual(train["direct_f1"] ?? 0, 0.95, "direct quotes F1")
    XCTAssertGreaterThanOrEqual(train["speaker_acc"] ?? 0, 0.93, "speaker accuracy")
    XCTAssertGreaterThanOrEqual(train["speaker_recall"] ?? 0, 0.883, "speaker recall")
    // Issue 13 asks all-quotes F1 ≥ 0.78 with precision ≥ 0.93: the reported speech added
    // for recall (0.628 → 0.655) costs a little of it (0.942 → 0.940), F1 0.754 → 0.772;
    // session 7's stances and subjects (see the dev test) 0.657 → 0.674 at 0.939, F1 0.784.
    XCTAssertGreaterThanOrEqual(train["all_p"] ?? 0, 0.935, "all quotes precision")
    XCTAssertGreaterThanOrEqual(train["all_f1"] ?? 0, 0.783, "all quotes F1")
    // 0.032 (0.933 - 0.901): role words between an inverted verb and the name, time phrases
    // and "of" phrases between a subject and its verb, and family names that are common words
    // raised train by 0.013 and left dev as it was. It had been 0.045 since a participle after
    // "Doe said," goes with Doe, a train-only gain. 0.037 (0.938 - 0.901) since a country
    // that speaks is its government: three quotes of one dev article ("…," Japan said), a
    // class of which train has two, both right before. Session 6: the actor rules of issue 12's
    // seventh round (a headline's judge, organisations kept whole after "the", leaders'
    // organisations, a country past an apposition), the speaker rules of issue 13's (role
    // descriptions with a candidate's standing, names that speak through a spokesperson,
    // campaign, outlet or document), the outer report ("according to the Post", "according to a
    // Reuters account" names its maker) and unnamed speakers described by the text ("a senior
    // Cruz adviser said", "said one Ohio Democrat") as actors of their own, together:
    // 0.028 (0.950 - 0.923), train speaker accuracy 0.901 → 0.923, dev 0.938 → 0.950.
    // Session 7: objects, names in brackets, state abbreviations and the subject of an opening
    // subordinate clause no longer speak for a sentence; a quote an opening clause closes is that
    // clause's; a one-quote paragraph goes on with the subject that ends the paragraph before;
    // a dash signature line signs the quote before it; long titles after an inverted verb; the
    // subject of a verb joined by "and" to a verb of saying; names ending in -ly; newspapers
    // named after a common word: 0.020 (0.950 - 0.930), train 0.923 → 0.930, dev as it was.
    let dev = try score("polnear")
    XCTAssertLessThanOrEqual(
      (dev["speaker_acc"] ?? 1) - (train["speaker_acc"] ?? 0), 0.03, "dev-train speaker gap")
  }

  func testDates_meetTheTargetsOnTimeBank() throws {
    let m = try score("timebank")
    // Measured with the reference period of results news, title-case names and era words
    // ("today's world") left out, "until then" taking the date before it and a name's number
    // ("Orion 1980") no year: value accuracy 0.9305, value F1 0.9008, times F1 0.958 (issue
    // 13 asks 0.93 and 0.90).
    XCTAssertGreaterThanOrEqual(m["date_value_acc"] ?? 0, 0.93, "DATE value accuracy")
    XCTAssertGreaterThanOrEqual(m["date_value_f1"] ?? 0, 0.90, "DATE value F1")
    XCTAssertGreaterThanOrEqual(m["date_f1"] ?? 0, 0.955, "DATE times F1")
    XCTAssertGreaterThanOrEqual(m["date_p"] ?? 0, 0.95, "DATE times precision")
    XCTAssertGreaterThanOrEqual(m["date_r"] ?? 0, 0.96, "DATE times recall")
  }

  /// Who is who across the 84 articles, scored by `actors.py` (issue 12). The floors are the
  /// figures reached (B-cubed F1 0.959, covered 0.950, actors per entity 1.09, country 0.963,
  /// kind 0.975), a little below.
  func testActors_holdTheFiguresReachedOnPolNEAR() throws {
    let m = try score("polnear", scorer: "actors.py", labels: "actors/polnear-dev.json")
    XCTAssertGreaterThanOrEqual(m["actor_b3_f1"] ?? 0, 0.955, "actor B-cubed F1")
    XCTAssertGreaterThanOrEqual(m["actor_covered"] ?? 0, 0.948, "mentions covered")
    XCTAssertLessThanOrEqual(m["actors_per_entity"] ?? 99, 1.1, "actors per entity")
    XCTAssertGreaterThanOrEqual(m["actor_country_acc"] ?? 0, 0.96, "country accuracy")
    XCTAssertGreaterThanOrEqual(m["actor_kind_acc"] ?? 0, 0.97, "kind accuracy")
  }
}
