package org.mentorbot.config;

/** The environment variables mentorbot reads; secrets are only ever read from here. */
public final class EnvVars {
  public static final String DISCORD_TOKEN = "DISCORD_TOKEN";
  public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";

  /** Overrides {@code database.path} and {@code database.url}: a SQLite file or a JDBC URL. */
  public static final String MENTORBOT_DB = "MENTORBOT_DB";

  /** The PostgreSQL user. */
  public static final String MENTORBOT_DB_USER = "MENTORBOT_DB_USER";

  /** The PostgreSQL password (a secret: never in the file or the URL). */
  public static final String MENTORBOT_DB_PASSWORD = "MENTORBOT_DB_PASSWORD";

  /** The settings file to read when none is given on the command line. */
  public static final String MENTORBOT_CONFIG = "MENTORBOT_CONFIG";

  private EnvVars() {}
}
