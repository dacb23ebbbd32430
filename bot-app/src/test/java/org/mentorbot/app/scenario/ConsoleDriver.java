package org.mentorbot.app.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mentorbot.app.console.ConsoleBridge;
import org.mentorbot.core.storage.Database;

/** Feeds the steps as console lines to a real {@code ConsoleSession}; the output is the record. */
final class ConsoleDriver implements Driver {

  private final Database db;
  private final ConsoleBridge console;
  private final Identities ids = new Identities();

  ConsoleDriver(Path dbFile) {
    db = Database.openFile(dbFile.toString());
    console = new ConsoleBridge(db, MentoringScenario.START, MentoringScenario.MODERATORS);
    MentoringScenario.MEMBERS.forEach(m -> ids.member(m, m));
  }

  @Override
  public void play(Step step) {
    if (step instanceof Step.Command command) {
      console.handle(command.consoleLine());
    } else if (step instanceof Step.Press press) {
      console.handle("@" + press.member() + " :press " + press.actionId());
    } else {
      console.handle(Drivers.advanceLine(((Step.Advance) step).by()));
    }
  }

  @Override
  public Transcript transcript() {
    return Transcript.ofConsoleOutput(console.output());
  }

  @Override
  public Map<String, List<String>> facts() {
    return DatabaseFacts.of(db, ids);
  }

  @Override
  public void close() {
    console.close();
    db.close();
  }
}
