package org.mentorbot.core.storage;

/** The database could not do what was asked; not a member's mistake. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
