package org.mentorbot.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jdbi.v3.core.ConnectionFactory;
import org.sqlite.SQLiteDataSource;

/**
 * Reader connections, reused: a few idle ones are kept, more are opened when many reads run at once
 * and closed when they come back to a full pool.
 */
final class ReaderPool implements ConnectionFactory {

  private final SQLiteDataSource dataSource;
  private final BlockingQueue<Connection> idle;
  private volatile boolean closed;

  ReaderPool(SQLiteDataSource dataSource, int idleConnections) {
    this.dataSource = dataSource;
    this.idle = new ArrayBlockingQueue<>(idleConnections);
  }

  @Override
  public Connection openConnection() throws SQLException {
    if (closed) {
      throw new SQLException("the database is closed");
    }
    Connection connection = idle.poll();
    return connection != null ? connection : dataSource.getConnection();
  }

  @Override
  public void closeConnection(Connection connection) throws SQLException {
    if (closed || connection.isClosed() || !connection.getAutoCommit() || !idle.offer(connection)) {
      connection.close();
    }
  }

  void close() throws SQLException {
    closed = true;
    Connection connection;
    while ((connection = idle.poll()) != null) {
      connection.close();
    }
  }
}
