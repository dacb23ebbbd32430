package org.mentorbot.app.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mentorbot.core.messaging.Attachment;

/**
 * How the console shows a file sent with a message or a reply: a {@code (file) name} line, and the
 * file itself saved in a folder when one is given.
 */
final class ConsoleFiles {

  private final Optional<Path> folder;

  ConsoleFiles(Optional<Path> folder) {
    this.folder = folder;
  }

  /** The line to print for {@code attachment}, after saving it if there is a folder. */
  String note(Attachment attachment) {
    // No byte count: it changes with every new section of an export and would churn transcripts.
    if (folder.isEmpty()) {
      return "(file) " + attachment.fileName();
    }
    try {
      Files.createDirectories(folder.get());
      Path file = folder.get().resolve(Path.of(attachment.fileName()).getFileName());
      Files.write(file, attachment.content());
      return "(file) " + attachment.fileName() + ", saved to " + file;
    } catch (IOException e) {
      return "(file) " + attachment.fileName() + ", not saved: " + e.getMessage();
    }
  }
}
