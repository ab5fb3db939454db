/// A folder of invented articles for the end-to-end tests: two outlets named in their file
/// names, one in a folder of its own and without front matter, published on a Sunday and a
/// Wednesday, with weekends, decades, "now" and a quote deep in a long paragraph.
enum NewsFolder {
  static let harbour = """
    ---
    title: Harbour deal signed after long talks
    date: 2016-10-09
    ---
    Harbour deal signed after long talks

    The city council and the port authority signed the harbour deal over the weekend, ending \
    talks that began in the 1990s.

    "This will bring work to every street in the city," Mayor Elena Varga said on Saturday.

    \(String(repeating: "The agreement sets out dredging schedules, berth fees and a fund for repairs to the old sea wall. ", count: 9))\
    "The cranes will be moving by spring," said Port Director Tomas Ruiz.

    Critics said the deal came too late. Residents now expect the first ships in March.

    The council meets again on Tuesday.
    """

  static let strike = """
    ---
    title: Dock workers plan a strike this weekend
    date: 2016-10-12
    ---
    Dock workers plan a strike this weekend

    Dock workers said on Wednesday they would strike this weekend over pay.

    "We were left out of the harbour deal," union leader Ana Costa said.

    Mayor Elena Varga said the city would meet the union on Friday.
    """

  static let plain = """
    Market prices rose in the 2000s and again now.

    "Rents are too high for families," said Paul Brandt, a shop owner.
    """

  /// Writes the articles under `directory` with `write(relativePath, text)`.
  static func write(_ write: (String, String) throws -> Void) rethrows {
    try write("news/gazette_2016-10-09_harbour.md", harbour)
    try write("news/courier_2016-10-12_strike.md", strike)
    try write("news/market-notes/prices.txt", plain)
  }
}
