package org.mentorbot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the settings file and the environment into a {@link MentorbotConfig}. Secrets come only
 * from the environment; everything else only from the file (plus {@code MENTORBOT_DB}).
 */
public final class ConfigLoader {
  /** Read when no path is given and {@code MENTORBOT_CONFIG} is unset; may be absent. */
  public static final Path DEFAULT_PATH = Path.of("config", "mentorbot.yml");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private ConfigLoader() {}

  /**
   * Loads the settings file and the environment into validated settings.
   *
   * @param yamlOrNull the settings file; null reads {@code MENTORBOT_CONFIG} or else {@link
   *     #DEFAULT_PATH}, where a missing file means all defaults. A file named explicitly must
   *     exist.
   * @param env the environment, usually {@code System.getenv()}
   * @throws ConfigException listing every problem found
   */
  public static MentorbotConfig load(Path yamlOrNull, Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Problems problems = new Problems();
    Optional<Path> named = Optional.ofNullable(yamlOrNull).or(() -> fromEnv(env, problems));
    Path file = named.orElse(DEFAULT_PATH);
    JsonNode tree = read(file, named.isPresent(), problems);
    MentorbotConfig config = fromTree(tree, env, problems, new LinkedHashSet<>());
    if (!problems.isEmpty()) {
      throw new ConfigException(file.toString(), maskSecrets(problems.list(), env));
    }
    return config;
  }

  /** Environment variables whose values are secrets, never to be echoed. */
  static final List<String> SECRET_VARIABLES =
      List.of(
          EnvVars.DISCORD_TOKEN,
          EnvVars.SLACK_BOT_TOKEN,
          EnvVars.SLACK_APP_TOKEN,
          EnvVars.SLACK_SIGNING_SECRET,
          EnvVars.MENTORBOT_DB_PASSWORD);

  /**
   * A secret pasted into an ordinary key ({@code discord.devGuilds}, a channel name) would be
   * quoted back by that key's error message. Every problem is checked against the secrets in the
   * environment, whole and as quoted (shortened) by {@link Problems#show}, and they are masked.
   */
  static List<ConfigProblem> maskSecrets(List<ConfigProblem> found, Map<String, String> env) {
    List<ConfigProblem> masked = new java.util.ArrayList<>();
    for (ConfigProblem problem : found) {
      String message = problem.message();
      for (String variable : SECRET_VARIABLES) {
        String secret = env.get(variable);
        if (secret == null || secret.strip().length() < 8) {
          continue;
        }
        String hidden = "(a value equal to " + variable + ", hidden)";
        message = message.replace(Problems.show(secret.strip()), hidden);
        message = message.replace(secret.strip(), hidden);
      }
      masked.add(new ConfigProblem(problem.key(), message));
    }
    return masked;
  }

  /** Every settings key, in file order; for tests that keep the example and docs complete. */
  static Set<String> knownKeys() {
    Set<String> keys = new LinkedHashSet<>();
    fromTree(MissingNode.getInstance(), Map.of(), new Problems(), keys);
    return keys;
  }

  /** Builds every section even when an earlier one failed, so all problems are reported. */
  private static MentorbotConfig fromTree(
      JsonNode tree, Map<String, String> env, Problems problems, Set<String> keys) {
    if (!tree.isMissingNode() && !tree.isObject()) {
      problems.add("(file)", "must be a mapping of sections like `discord:` and `slack:`");
      tree = MissingNode.getInstance();
    }
    YamlSection root = YamlSection.root(tree, problems, keys);
    DatabaseConfig database =
        build(problems, root.section("database"), yaml -> database(yaml, env));
    DiscordConfig discord = build(problems, root.section("discord"), yaml -> discord(yaml, env));
    SlackConfig slack = build(problems, root.section("slack"), yaml -> slack(yaml, env));
    CommunityDefaults community =
        build(problems, root.section("community"), ConfigLoader::community);
    ConsoleConfig console = build(problems, root.section("console"), ConfigLoader::console);
    root.finish();
    return problems.isEmpty()
        ? new MentorbotConfig(database, discord, slack, community, console)
        : null;
  }

  private static DatabaseConfig database(YamlSection yaml, Map<String, String> env) {
    String fromFile = yaml.string("path", DatabaseConfig.DEFAULT_PATH.toString());
    Optional<String> url = yaml.optionalString("url");
    Optional<String> fromEnv = env(env, EnvVars.MENTORBOT_DB);
    String key =
        fromEnv.isPresent() ? EnvVars.MENTORBOT_DB : yaml.key(url.isPresent() ? "url" : "path");
    String location = fromEnv.or(() -> url).orElse(fromFile);
    String problem = DatabaseConfig.problem(location);
    if (problem != null) {
      throw new ConfigException(List.of(new ConfigProblem(key, problem)));
    }
    int retentionDays = yaml.integer("retentionDays", DatabaseConfig.DEFAULT_RETENTION_DAYS);
    return new DatabaseConfig(
        location,
        env(env, EnvVars.MENTORBOT_DB_USER),
        secret(env, EnvVars.MENTORBOT_DB_PASSWORD),
        retentionDays);
  }

  private static DiscordConfig discord(YamlSection yaml, Map<String, String> env) {
    yaml.secretFromEnvironment("token", EnvVars.DISCORD_TOKEN);
    return new DiscordConfig(
        secret(env, EnvVars.DISCORD_TOKEN),
        yaml.optionalString("applicationId"),
        yaml.uri("apiUrl", DiscordConfig.DEFAULT_API_URL),
        yaml.optionalUri("gatewayUrl"),
        yaml.strings("devGuilds", List.of()),
        yaml.optionalInteger("shards"),
        yaml.optionalString("shardIds"),
        yaml.optionalString("matchChannel"),
        yaml.optionalString("announceChannel"));
  }

  private static SlackConfig slack(YamlSection yaml, Map<String, String> env) {
    yaml.secretFromEnvironment("botToken", EnvVars.SLACK_BOT_TOKEN);
    yaml.secretFromEnvironment("appToken", EnvVars.SLACK_APP_TOKEN);
    yaml.secretFromEnvironment("signingSecret", EnvVars.SLACK_SIGNING_SECRET);
    return new SlackConfig(
        yaml.choice("mode", SlackMode.class, SlackMode.AUTO),
        secret(env, EnvVars.SLACK_BOT_TOKEN),
        secret(env, EnvVars.SLACK_APP_TOKEN),
        secret(env, EnvVars.SLACK_SIGNING_SECRET),
        yaml.integer("port", SlackConfig.DEFAULT_PORT),
        yaml.string("path", SlackConfig.DEFAULT_PATH),
        yaml.uri("apiUrl", SlackConfig.DEFAULT_API_URL),
        yaml.optionalString("moderatorGroup"));
  }

  private static CommunityDefaults community(YamlSection yaml) {
    Problems problems = new Problems();
    CommunityDefaults read = null;
    try {
      read = CommunityDefaults.read(yaml, problems);
    } catch (ConfigException crossKey) {
      problems.addAll(crossKey.problems());
    }
    problems.throwIfAny();
    return read;
  }

  private static ConsoleConfig console(YamlSection yaml) {
    return new ConsoleConfig(yaml.strings("moderators", ConsoleConfig.DEFAULT_MODERATORS));
  }

  /** Reads one section; its problems join the others', and its unknown keys are always checked. */
  private static <T> T build(Problems problems, YamlSection yaml, Function<YamlSection, T> reader) {
    try {
      return reader.apply(yaml);
    } catch (ConfigException invalid) {
      problems.addAll(invalid.problems());
      return null;
    } finally {
      yaml.finish();
    }
  }

  private static JsonNode read(Path file, boolean named, Problems problems) {
    if (Files.isDirectory(file)) {
      problems.add(file.toString(), "is a folder; name the settings file inside it");
      return MissingNode.getInstance();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonNode tree = YAML.readTree(reader);
      return tree == null ? MissingNode.getInstance() : tree;
    } catch (NoSuchFileException missing) {
      if (named) {
        problems.add(file.toString(), "no such file");
      }
    } catch (JsonProcessingException invalid) {
      problems.add(file.toString(), syntaxError(invalid));
    } catch (IOException unreadable) {
      problems.add(file.toString(), cannotRead(unreadable));
    }
    return MissingNode.getInstance();
  }

  private static String cannotRead(IOException unreadable) {
    return "cannot be read ("
        + unreadable.getClass().getSimpleName()
        + ": "
        + unreadable.getMessage()
        + ")";
  }

  /**
   * The parser's own words and position, without the quoted source line it adds: that line could be
   * a secret someone pasted into the file.
   */
  private static String syntaxError(JsonProcessingException invalid) {
    StringBuilder what = new StringBuilder();
    for (String line : invalid.getOriginalMessage().split("\\R", -1)) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        what.append(what.length() == 0 ? "" : "; ").append(line.trim());
      }
    }
    var where = invalid.getLocation();
    return "is not valid YAML"
        + (where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr())
        + ": "
        + what;
  }

  private static Optional<Path> fromEnv(Map<String, String> env, Problems problems) {
    try {
      return env(env, EnvVars.MENTORBOT_CONFIG).map(Path::of);
    } catch (InvalidPathException bad) {
      problems.add(EnvVars.MENTORBOT_CONFIG, "is not a valid file path: " + bad.getReason());
      return Optional.empty();
    }
  }

  /** Blank counts as unset, as with {@code DISCORD_TOKEN=} in an env file. */
  private static Optional<String> env(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }

  private static Optional<Secret> secret(Map<String, String> env, String name) {
    return env(env, name).map(Secret::new);
  }
}
