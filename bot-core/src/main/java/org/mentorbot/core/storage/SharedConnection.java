package org.mentorbot.core.storage;

import java.sql.Connection;
import org.jdbi.v3.core.ConnectionFactory;

/** Hands Jdbi the one writer connection every time and never closes it (the Database does). */
final class SharedConnection implements ConnectionFactory {

  private final Connection connection;

  SharedConnection(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Connection openConnection() {
    return connection;
  }

  @Override
  public void closeConnection(Connection toClose) {
    // Kept open for the next write; closed with the Database.
  }
}
