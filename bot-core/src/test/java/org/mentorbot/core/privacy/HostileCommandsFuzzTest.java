package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.OptionSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.TestCommunity;
import org.mentorbot.core.testing.TestDatabase;

/**
 * Thousands of hostile command lines (a seeded generator, so a failure replays) through the router
 * on a populated database: none is an internal error, no reply carries a live mass mention, and no
 * refused command changes a row of any table.
 */
class HostileCommandsFuzzTest {

  private static final long SEED = 20261130L;
  private static final int LINES = 2000;

  /** What would ping many people if it reached Discord or Slack unchanged. */
  private static final Pattern MASS = DefusingTest.MASS;

  private static final List<String> USERS = List.of("mod", "ada", "sam", "kim", "stranger");

  private static final List<String> HOSTILE =
      List.of(
          "@everyone",
          "@here",
          "@channel",
          "@here.",
          "@Everyone!",
          "<!channel>",
          "<!here|here>",
          "<!everyone>",
          "<!subteam^S1|@mods>",
          "<@&123>",
          "<@U123>",
          "<#C1>",
          "[Free Nitro](https://evil.example)",
          "\"",
          "\"unterminated",
          "`code`",
          "key:value:more",
          ":",
          "=",
          "a=b=c",
          "java=java",
          "-1",
          "0",
          "99999999999999999999",
          "2026-02-30",
          "25:61",
          "Mars/Olympus",
          "\u202Eevil",
          "\u0000",
          "\u200B",
          "💥",
          "x".repeat(600),
          "ü".repeat(50),
          "*bold* _it_ ~s~ ||spoiler||",
          "DROP TABLE member;--",
          "' OR 1=1 --",
          "%s%n",
          "${jndi:ldap://x}",
          "\\",
          "/mentor",
          "#general",
          "@ada",
          "ada",
          "1");

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private void populate() {
    shown(c.mentor("mod", "config mod-channel:#mods announce-channel:#general"));
    shown(c.mentor("ada", "signup mentor topics:java,go years:10 bio:\"Hi\""));
    shown(c.mentor("sam", "signup mentee topics:java years:1 goals:\"grow\""));
    shown(c.mentor("kim", "signup mentee topics:go years:2 goals:\"learn\""));
    shown(c.run("mod", "round", "open"));
    for (String u : List.of("ada", "sam", "kim")) {
      shown(c.run(u, "round", "join"));
    }
    shown(c.run("mod", "round", "publish"));
    shown(c.run("ada", "officehours", "open topic:java"));
    shown(c.run("kim", "queue", "join 1 question:\"how?\""));
    shown(c.mentor("sam", "checkin met"));
  }

  @Test
  @Timeout(120)
  void hostileLinesNeverFailInternallyNeverPingAndRefusalsChangeNothing() {
    populate();
    Random random = new Random(SEED);
    List<CommandSpec> specs = Catalogue.all();
    List<String> tables =
        c.strings(
            TestDatabase.engine() == Database.Engine.POSTGRESQL
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_name <> 'flyway_schema_history' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'"
                    + " ORDER BY name");
    String before = snapshot(tables);
    int refused = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      String user = USERS.get(random.nextInt(USERS.size()));
      String[] line = line(random, specs);
      Reply reply = c.core.commands().runText(TestCommunity.as(user), line[0], line[1]);
      String shownText =
          reply instanceof Reply.Problem p
              ? p.text()
              : TestCommunity.flatten(((Reply.Shown) reply).message());
      String where = "#" + i + " @" + user + " /" + line[0] + " " + line[1] + " -> " + shownText;
      if (shownText.contains("went wrong")) {
        failures.add("internal error: " + where);
      }
      if (MASS.matcher(shownText).find()) {
        failures.add("live mass mention: " + where);
      }
      if (reply instanceof Reply.Problem) {
        refused++;
        String after = snapshot(tables);
        if (!after.equals(before)) {
          failures.add("a refused command changed rows: " + where);
          before = after;
        }
      } else {
        c.core.runDueWork();
        before = snapshot(tables);
      }
    }
    c.gateway.delivered().stream()
        .map(d -> TestCommunity.flatten(d.message()))
        .filter(t -> MASS.matcher(t).find())
        .forEach(t -> failures.add("live mass mention delivered: " + t));
    assertThat(failures).isEmpty();
    assertThat(refused).as("the generator mostly produces bad input").isGreaterThan(LINES / 2);
  }

  /** {root, text}: a real command with hostile values, or garbage. */
  private static String[] line(Random random, List<CommandSpec> specs) {
    if (random.nextInt(10) == 0) {
      return new String[] {
        pick(random, List.of("mentor", "round", "queue", "x", "")), hostile(random)
      };
    }
    CommandSpec spec = specs.get(random.nextInt(specs.size()));
    StringBuilder text = new StringBuilder(spec.sub());
    for (OptionSpec option : spec.options()) {
      if (random.nextBoolean()) {
        text.append(' ').append(option.name()).append(':').append(value(random));
      }
    }
    if (random.nextInt(3) == 0) {
      text.append(' ').append(value(random));
    }
    return new String[] {spec.root(), text.toString()};
  }

  private static String value(Random random) {
    String v = hostile(random);
    return random.nextBoolean() ? "\"" + v.replace("\"", "") + "\"" : v.replace(" ", "");
  }

  private static String hostile(Random random) {
    String a = pick(random, HOSTILE);
    return random.nextInt(4) == 0 ? a + " " + pick(random, HOSTILE) : a;
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** Every row of every table, as text: equal snapshots mean nothing changed. */
  private String snapshot(List<String> tables) {
    StringBuilder out = new StringBuilder();
    c.db.read(
        h -> {
          for (String table : tables) {
            out.append('#').append(table).append('\n');
            h.createQuery("SELECT * FROM " + table)
                .mapToMap()
                .forEach(row -> out.append(row).append('\n'));
          }
          return null;
        });
    return out.toString();
  }
}
