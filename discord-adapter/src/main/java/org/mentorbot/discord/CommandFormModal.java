package org.mentorbot.discord;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.mentorbot.core.command.FormField;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.discord.render.DiscordText;

/**
 * A core {@link Reply.Form} as a Discord modal, and its submission back as the command it runs (the
 * office-hours Join button asks for the question this way). The modal's custom id carries the
 * command and its fixed options ({@code mentorbot:form:queue:join?session=3}), so a submission
 * needs nothing remembered; what the member entered is validated by the core like any command.
 * Texts are clipped to Discord's limits; a form whose id would not fit is not shown as a modal.
 */
final class CommandFormModal {
  static final String ID_PREFIX = "mentorbot:form:";

  private static final Pattern PAIRS = Pattern.compile("&");

  /** Discord's limit for a text display's content in a modal, kept well inside. */
  private static final int INTRO_MAX = 2000;

  private CommandFormModal() {}

  /** The modal, or empty when the form cannot be one (then its {@code instead} is shown). */
  static Optional<Modal> modal(Reply.Form form) {
    String id = id(form);
    if (id.length() > Modal.MAX_ID_LENGTH || form.fields().size() > Modal.MAX_COMPONENTS - 1) {
      return Optional.empty();
    }
    Modal.Builder modal = Modal.create(id, DiscordText.clip(form.title(), Modal.MAX_TITLE_LENGTH));
    if (!form.intro().isBlank()) {
      modal.addComponents(TextDisplay.of(DiscordText.clip(form.intro(), INTRO_MAX)));
    }
    for (FormField field : form.fields()) {
      TextInput.Builder input =
          TextInput.create(
                  field.option(),
                  field.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
              .setRequired(field.required())
              .setMaxLength(Math.min(field.maxLength(), TextInput.MAX_VALUE_LENGTH));
      if (!field.placeholder().isBlank()) {
        input.setPlaceholder(
            DiscordText.clip(field.placeholder(), TextInput.MAX_PLACEHOLDER_LENGTH));
      }
      modal.addComponents(
          Label.of(DiscordText.clip(field.label(), Label.LABEL_MAX_LENGTH), input.build()));
    }
    return Optional.of(modal.build());
  }

  /** The command a submitted form runs, or empty for a modal that is not one of these. */
  static Optional<RawCommand> fromSubmission(String modalId, List<ModalMapping> values) {
    if (!modalId.startsWith(ID_PREFIX)) {
      return Optional.empty();
    }
    try {
      return parse(modalId.substring(ID_PREFIX.length()), values);
    } catch (IllegalArgumentException notOurs) { // not a command, or a malformed escape
      return Optional.empty();
    }
  }

  private static Optional<RawCommand> parse(String rest, List<ModalMapping> values) {
    int query = rest.indexOf('?');
    String[] command = (query < 0 ? rest : rest.substring(0, query)).split(":", 2);
    if (command.length != 2) {
      return Optional.empty();
    }
    Map<String, String> fixed = new LinkedHashMap<>();
    if (query >= 0) {
      for (String pair : PAIRS.split(rest.substring(query + 1), -1)) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          fixed.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
      }
    }
    Map<String, String> entered = new LinkedHashMap<>();
    values.forEach(v -> entered.put(v.getCustomId(), v.getAsString()));
    return Optional.of(Reply.Form.submission(command[0], command[1], fixed, entered));
  }

  private static String id(Reply.Form form) {
    List<String> pairs = new ArrayList<>();
    new TreeMap<>(form.fixed()).forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
    return ID_PREFIX
        + form.root()
        + ":"
        + form.sub()
        + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
