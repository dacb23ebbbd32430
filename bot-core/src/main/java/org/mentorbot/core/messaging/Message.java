package org.mentorbot.core.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.text.SafeText;

/**
 * A platform-neutral message. Member mentions are written {@code <@userId>} in the text (Discord
 * and Slack both use that form; the console prints {@code @userId}), and a platform may ping only
 * the members named in {@link #mentions()}. Text that came from a member must go through {@link
 * org.mentorbot.core.text.SafeText} before it is put here.
 *
 * <p>Times a member reads are never formatted by the core: the text (and field values) carry
 * instants as {@code <t:SECONDS:STYLE>} tokens made by {@link TimeTokens} ({@code f} date and time,
 * {@code t} time of day, {@code R} relative), and each adapter renders them for its reader: Discord
 * as is ({@code <t:…>} is Discord's own syntax, localized by the client), Slack as {@code
 * <!date^SECONDS^{date_short_pretty} {time}|fallback>}, the console in the reader's profile zone.
 * Titles and button labels are plain text on some platforms, so tokens there are shown in UTC.
 */
public record Message(
    String title,
    String text,
    List<Field> fields,
    List<Button> buttons,
    Set<String> mentions,
    Optional<Attachment> attachment) {

  public Message {
    title = SafeText.defuseMassMentions(Objects.requireNonNull(title, "title"));
    text = SafeText.defuseMassMentions(Objects.requireNonNull(text, "text"));
    fields = List.copyOf(fields);
    buttons = List.copyOf(buttons);
    mentions = Set.copyOf(mentions);
    Objects.requireNonNull(attachment, "attachment");
  }

  public static Message of(String text) {
    return new Message("", text, List.of(), List.of(), Set.of(), Optional.empty());
  }

  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** Collects the optional parts of a message. */
  public static final class Builder {
    private String title = "";
    private final String text;
    private final List<Field> fields = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();
    private final java.util.LinkedHashSet<String> mentions = new java.util.LinkedHashSet<>();
    private Attachment attachment;

    private Builder(String text) {
      this.text = text;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder field(String name, String value) {
      fields.add(new Field(name, value));
      return this;
    }

    public Builder button(Button button) {
      buttons.add(button);
      return this;
    }

    public Builder mention(String userId) {
      mentions.add(userId);
      return this;
    }

    public Builder attachment(Attachment value) {
      this.attachment = value;
      return this;
    }

    public Message build() {
      return new Message(title, text, fields, buttons, mentions, Optional.ofNullable(attachment));
    }
  }
}
