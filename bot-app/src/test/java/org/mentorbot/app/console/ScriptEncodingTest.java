package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script that is not valid UTF-8 is refused before any line runs (issue 12, item 6). */
class ScriptEncodingTest {

  @TempDir Path dir;

  @Test
  void invalidUtf8IsRefusedNamingTheLineAndNothingRuns() throws IOException {
    Path script = dir.resolve("bad.script");
    byte[] good =
        "@ada /mentor signup mentor topics:java\n@ada /mentor profile\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'@', 'b', 'o', 'b', ' ', '/', 'm', (byte) 0xC3, (byte) 0x28, '\n'};
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(script, all);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsoleCommand console = new ConsoleCommand(new PrintStream(out, true, StandardCharsets.UTF_8));
    console.script = script;
    int code = console.call();

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(2);
    assertThat(printed.strip())
        .isEqualTo(
            "[console] The script "
                + script
                + " is not valid UTF-8 at line 3; nothing was run. Save it as UTF-8 and try"
                + " again.");
  }

  @Test
  void aBadDatabaseFileEndsTheConsoleWithOneLineAndItsExitCode() throws IOException {
    Path db = dir.resolve("notes.db");
    Files.writeString(db, "plain text, not SQLite ".repeat(100));
    Path script = dir.resolve("ok.script");
    Files.writeString(script, "@ada /mentor help\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsoleCommand console = new ConsoleCommand(new PrintStream(out, true, StandardCharsets.UTF_8));
    console.script = script;
    console.db = db.toString();
    int code = console.call();
    assertThat(code).isEqualTo(org.mentorbot.app.DatabaseFile.NOT_A_DATABASE);
    assertThat(out.toString(StandardCharsets.UTF_8).strip())
        .startsWith("[console] " + db + " is not a mentorbot database")
        .doesNotContain("\n");
  }
}
