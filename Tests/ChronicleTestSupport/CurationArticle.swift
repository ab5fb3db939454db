/// The invented article the curation tests edit (a minister's and a ferry operator's quotes,
/// dated), shared by the overlay's unit tests and the explorer's end-to-end tests.
public enum CurationArticle {
  public static let text = """
    ---
    date: 2025-03-14
    ---
    Harbour Minister Elena Marsh said on Tuesday that the port "will reopen within a month."

    Ferry operator Tomas Quill said the delays "cost every family on the island."

    """

  /// `text` with a paragraph naming the minister by surname only (an alias to split off).
  public static let withFollowUp =
    text + "\nMarsh told reporters on Wednesday that the ferries \"will run again by May.\"\n"
}
