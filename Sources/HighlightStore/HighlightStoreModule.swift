/// Flat-file storage of highlights, bookmarks and reading positions.
public enum HighlightStoreModule {}
