package org.mentorbot.core.storage;

/**
 * The database file was migrated by a newer mentorbot: this version does not know its schema and
 * refuses to open it, before writing anything, rather than corrupt data it does not understand.
 */
public final class NewerSchemaException extends RuntimeException {

  private final String fileVersion;
  private final String knownVersion;

  public NewerSchemaException(String fileVersion, String knownVersion) {
    super(
        "the database has schema version "
            + fileVersion
            + ", newer than this mentorbot knows ("
            + knownVersion
            + ")");
    this.fileVersion = fileVersion;
    this.knownVersion = knownVersion;
  }

  public String fileVersion() {
    return fileVersion;
  }

  public String knownVersion() {
    return knownVersion;
  }
}
