package org.mentorbot.discord.render;

import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.messaging.Field;

/**
 * A message's title, text and fields spread over as many embeds as Discord's limits need, losing
 * nothing: a text over 4,096 characters continues in the next embed, a field value over 1,024 in
 * further fields named "… (continued)", and an embed that would pass 25 fields or 6,000 characters
 * in all ends there, the next one titled "… (continued)". Each embed becomes one message.
 */
final class EmbedPages {

  /** One embed's worth. */
  record Page(String title, String description, List<Field> fields) {
    int size() {
      int n = title.length() + description.length();
      for (Field f : fields) {
        n += f.name().length() + f.value().length();
      }
      return n;
    }
  }

  private EmbedPages() {}

  static List<Page> of(String title, String text, List<Field> fields) {
    String first = DiscordText.clip(title, DiscordLimits.TITLE);
    String next =
        title.isBlank() ? "" : DiscordText.clip(title + " (continued)", DiscordLimits.TITLE);
    Packer packer = new Packer(first, next);
    if (!text.isBlank()) {
      for (String part : DiscordText.split(text, DiscordLimits.DESCRIPTION)) {
        packer.description(part);
      }
    }
    for (Field field : fields) {
      String name = DiscordText.clip(orDash(field.name()), DiscordLimits.FIELD_NAME);
      String more =
          DiscordText.clip(orDash(field.name()) + " (continued)", DiscordLimits.FIELD_NAME);
      List<String> values = DiscordText.split(orDash(field.value()), DiscordLimits.FIELD_VALUE);
      for (int i = 0; i < values.size(); i++) {
        packer.field(new Field(i == 0 ? name : more, values.get(i)));
      }
    }
    return packer.pages();
  }

  static String orDash(String text) {
    return text.isBlank() ? "-" : text;
  }

  private static final class Packer {
    private final String continuedTitle;
    private final List<Page> done = new ArrayList<>();
    private String title;
    private String description = "";
    private List<Field> fields = new ArrayList<>();

    Packer(String title, String continuedTitle) {
      this.title = title;
      this.continuedTitle = continuedTitle;
    }

    void description(String part) {
      // A description sits above the fields, so one after fields starts the next embed.
      if (!description.isEmpty() || !fields.isEmpty() || size() + part.length() > limit()) {
        next();
      }
      description = part;
    }

    void field(Field field) {
      int length = field.name().length() + field.value().length();
      if (fields.size() == DiscordLimits.FIELDS || size() + length > limit()) {
        next();
      }
      fields.add(field);
    }

    List<Page> pages() {
      if (!description.isEmpty() || !fields.isEmpty() || done.isEmpty()) {
        done.add(current());
      }
      return List.copyOf(done);
    }

    private void next() {
      if (!description.isEmpty() || !fields.isEmpty()) {
        done.add(current());
        title = continuedTitle;
        description = "";
        fields = new ArrayList<>();
      }
    }

    private Page current() {
      return new Page(title, description, List.copyOf(fields));
    }

    private int size() {
      return current().size();
    }

    private static int limit() {
      return DiscordLimits.EMBED_TOTAL;
    }
  }
}
