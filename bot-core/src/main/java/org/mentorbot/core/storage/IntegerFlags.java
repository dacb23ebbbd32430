package org.mentorbot.core.storage;

import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds Java booleans as 0/1 on PostgreSQL, where flags are INTEGER columns as on SQLite (the
 * schema is shared; SQLite has no boolean type). PostgreSQL refuses a boolean for an integer
 * column; reading 0/1 back as a boolean works on both drivers.
 */
final class IntegerFlags implements ArgumentFactory.Preparable {

  @Override
  public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
    if (type != boolean.class && type != Boolean.class) {
      return Optional.empty();
    }
    return Optional.of(
        value ->
            (position, statement, context) -> {
              if (value == null) {
                statement.setNull(position, Types.INTEGER);
              } else {
                statement.setInt(position, ((Boolean) value) ? 1 : 0);
              }
            });
  }
}
