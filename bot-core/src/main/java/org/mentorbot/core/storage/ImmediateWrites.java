package org.mentorbot.core.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite writer connection, whose transactions begin with {@code BEGIN IMMEDIATE} (the driver's
 * transaction mode): the write lock is taken up front, waiting for another process's writer under
 * the busy timeout, so a write can never fail half-way with SQLITE_BUSY_SNAPSHOT.
 *
 * <p>The driver's own {@code commit()} and {@code rollback()} begin the next transaction at once;
 * with IMMEDIATE that next BEGIN may wait for (or fail on) another process's lock <em>after</em>
 * our commit succeeded, which would report a committed write as failed. So commit and rollback here
 * end the transaction and leave the connection in auto-commit until the next write begins.
 */
final class ImmediateWrites implements InvocationHandler {

  private final Connection connection;

  private ImmediateWrites(Connection connection) {
    this.connection = connection;
  }

  static Connection wrap(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new ImmediateWrites(connection));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    boolean noArgs = args == null || args.length == 0;
    if (noArgs && method.getName().equals("commit")) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true); // executes COMMIT only
      }
      return null;
    }
    if (noArgs && method.getName().equals("rollback")) {
      rollback();
      return null;
    }
    try {
      return method.invoke(connection, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private void rollback() throws SQLException {
    if (connection.getAutoCommit()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      try {
        statement.execute("ROLLBACK");
      } catch (SQLException alreadyRolledBack) {
        // SQLite rolls back by itself after some errors; nothing is left to undo.
      }
      // A deferred, empty transaction for the driver's COMMIT below to close: it takes no lock.
      statement.execute("BEGIN");
    }
    connection.setAutoCommit(true);
  }
}
