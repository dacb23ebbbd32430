package org.mentorbot.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.testing.TestDatabase;

/** A DAO is attached once per transaction and never shared with another transaction. */
class TransactionMemoTest {

  /** The smallest SqlObject: one query. */
  public interface CountDao {
    @SqlQuery("SELECT COUNT(*) FROM community")
    long communities();
  }

  private final Database db = TestDatabase.fresh();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aDaoIsAttachedOnceInATransactionAndWorks() {
    boolean same =
        db.write(
            tx -> {
              CountDao first = TransactionMemo.attached(tx, CountDao.class);
              CountDao second = TransactionMemo.attached(tx, CountDao.class);
              return first == second && second.communities() == 0;
            });

    assertThat(same).isTrue();
  }

  @Test
  void eachTransactionAttachesItsOwnDao() {
    CountDao first = db.read(tx -> TransactionMemo.attached(tx, CountDao.class));
    CountDao second = db.read(tx -> TransactionMemo.attached(tx, CountDao.class));

    assertThat(second).isNotSameAs(first);
  }
}
