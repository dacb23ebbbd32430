package org.mentorbot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.core.testing.TestDatabase;

/** Settings and community ids are read once per transaction, and never across transactions. */
class SettingsInOneTransactionTest {

  private static final CommunityId GUILD = new CommunityId(Platform.DISCORD, "g1");

  private final Database db = TestDatabase.fresh();
  private final CommunityStore communities = new CommunityStore(MutableClock.startingMonday());
  private final SettingsStore settings =
      new SettingsStore(p -> CommunitySettings.defaults(), communities);
  private final SettingsStore otherStore =
      new SettingsStore(p -> CommunitySettings.defaults(), communities);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aWriteInTheSameTransactionIsSeenByTheNextRead() {
    int read =
        db.write(
            tx -> {
              settings.load(tx, GUILD);
              otherStore.put(tx, GUILD, SettingKey.CADENCE_DAYS, "21");
              return settings.load(tx, GUILD).cadenceDays();
            });

    assertThat(read).isEqualTo(21);
  }

  @Test
  void aTopicAliasAddedInTheTransactionIsSeenByTheNextRead() {
    String topic =
        db.write(
            tx -> {
              settings.load(tx, GUILD);
              otherStore.putAlias(tx, GUILD, "js", "javascript");
              return settings.load(tx, GUILD).topicAliases().get("js");
            });

    assertThat(topic).isEqualTo("javascript");
  }

  @Test
  void aLaterTransactionReadsWhatAnotherTransactionWrote() {
    db.write(tx -> settings.load(tx, GUILD).cadenceDays());
    db.writeVoid(tx -> otherStore.put(tx, GUILD, SettingKey.CADENCE_DAYS, "30"));

    int read = db.read(tx -> settings.load(tx, GUILD).cadenceDays());
    int written = db.write(tx -> settings.load(tx, GUILD).cadenceDays());

    assertThat(read).isEqualTo(30);
    assertThat(written).isEqualTo(30);
  }

  @Test
  void aCommunityCreatedLaterInTheTransactionIsFoundThen() {
    long[] ids =
        db.write(
            tx -> {
              boolean before = communities.find(tx, GUILD).isPresent();
              long created = communities.idOf(tx, GUILD);
              return new long[] {before ? 1 : 0, created, communities.find(tx, GUILD).orElse(-1L)};
            });

    assertThat(ids[0]).as("not there before").isZero();
    assertThat(ids[2]).as("found once created").isEqualTo(ids[1]);
    Optional<Long> later = db.read(tx -> communities.find(tx, GUILD));
    assertThat(later).contains(ids[1]);
  }

  @Test
  void aCommunityCreatedInARolledBackTransactionIsNotRemembered() {
    try {
      db.writeVoid(
          tx -> {
            communities.idOf(tx, GUILD);
            throw new IllegalStateException("roll back");
          });
    } catch (IllegalStateException expected) {
      // the community row went with the transaction
    }

    Optional<Long> later = db.read(tx -> communities.find(tx, GUILD));
    assertThat(later).isEmpty();
  }

  @Test
  void aStoredValueThatNoLongerFitsFallsBackToItsDefaultAndKeepsTheRest() {
    db.writeVoid(
        tx -> {
          long id = communities.idOf(tx, GUILD);
          tx.createUpdate(
                  "INSERT INTO community_setting (community_id, name, value) VALUES (:c, :n, :v)")
              .bind("c", id)
              .bind("n", SettingKey.CADENCE_DAYS.optionName())
              .bind("v", "999")
              .execute();
          otherStore.put(tx, GUILD, SettingKey.QUEUE_LIMIT, "5");
          otherStore.putAlias(tx, GUILD, "rs", "rust");
        });

    CommunitySettings loaded = db.read(tx -> settings.load(tx, GUILD));

    assertThat(loaded.cadenceDays()).as("out of range: default").isEqualTo(14);
    assertThat(loaded.text(SettingKey.QUEUE_LIMIT)).as("still valid: kept").isEqualTo("5");
    assertThat(loaded.topicAliases()).containsEntry("rs", "rust").containsEntry("js", "javascript");
  }
}
