/// The version of the extraction rules. An archive re-extracts every article it stored under
/// another version, so a change to what extraction produces must bump it.
public enum ExtractorVersion {
  public static let current = 1
}
