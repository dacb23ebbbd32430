package org.mentorbot.core.command;

import java.util.List;
import java.util.Objects;

/**
 * One option of a command. Positional options are given in order without a key in the text form;
 * every option can also be given as {@code name:value}.
 */
public record OptionSpec(
    String name,
    OptionType type,
    boolean required,
    boolean positional,
    String description,
    List<String> choices,
    int min,
    int max,
    boolean autocomplete) {

  public OptionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException("bad option name: " + name);
    }
    if (type == OptionType.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("choice option without choices: " + name);
    }
    if (min > max) {
      throw new IllegalArgumentException("min > max for " + name);
    }
  }

  /** Longest free text a member may send in one option. */
  public static final int MAX_TEXT = 2000;

  public static OptionSpec text(String name, boolean required, String description) {
    return new OptionSpec(
        name, OptionType.TEXT, required, false, description, List.of(), 1, MAX_TEXT, false);
  }

  public static OptionSpec integer(
      String name, boolean required, int min, int max, String description) {
    return new OptionSpec(
        name, OptionType.INTEGER, required, false, description, List.of(), min, max, false);
  }

  public static OptionSpec list(String name, boolean required, String description) {
    return new OptionSpec(
        name, OptionType.LIST, required, false, description, List.of(), 1, 20, false);
  }

  public static OptionSpec user(String name, boolean required, String description) {
    return new OptionSpec(
        name, OptionType.USER, required, false, description, List.of(), 0, 0, false);
  }

  public static OptionSpec zone(String name, boolean required, String description) {
    return new OptionSpec(
        name, OptionType.ZONE, required, false, description, List.of(), 0, 0, false);
  }

  public static OptionSpec date(String name, boolean required, String description) {
    return new OptionSpec(
        name, OptionType.DATE, required, false, description, List.of(), 0, 0, false);
  }

  public static OptionSpec time(String name, boolean required, String description) {
    return new OptionSpec(
        name, OptionType.TIME, required, false, description, List.of(), 0, 0, false);
  }

  public static OptionSpec channel(String name, boolean required, String description) {
    return new OptionSpec(
        name, OptionType.CHANNEL, required, false, description, List.of(), 0, 0, false);
  }

  public static OptionSpec role(String name, boolean required, String description) {
    return new OptionSpec(
        name, OptionType.ROLE, required, false, description, List.of(), 0, 0, false);
  }

  public static OptionSpec choice(
      String name, boolean required, List<String> choices, String description) {
    return new OptionSpec(
        name, OptionType.CHOICE, required, false, description, choices, 0, 0, false);
  }

  /** The same option, given by position in the text form. */
  public OptionSpec asPositional() {
    return new OptionSpec(name, type, required, true, description, choices, min, max, autocomplete);
  }

  /** The same option, with suggestions offered while typing where the platform supports it. */
  public OptionSpec withAutocomplete() {
    return new OptionSpec(name, type, required, positional, description, choices, min, max, true);
  }

  /** How the option reads in a usage line. */
  public String usage() {
    String value =
        switch (type) {
          case TEXT -> "\"...\"";
          case INTEGER -> "N";
          case LIST -> "a,b";
          case USER -> "@user";
          case ZONE -> "Zone";
          case DATE -> "YYYY-MM-DD";
          case TIME -> "HH:MM";
          case CHOICE -> String.join("|", choices);
          case CHANNEL -> "#channel";
          case ROLE -> "@role";
        };
    String shown =
        positional ? (type == OptionType.CHOICE ? value : "<" + name + ">") : name + ":" + value;
    return required ? shown : "[" + shown + "]";
  }
}
