package org.mentorbot.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.discord.render.DiscordText;

/**
 * The sign-up form: {@code /mentor signup <role>} without topics opens it, prefilled with any
 * options already given; submitting it runs {@code /mentor signup} with the entered values. Discord
 * allows five inputs, so mentors are asked for topics, years, timezone, capacity and bio, and
 * mentees for topics, goals, years, timezone and languages; the remaining options are set with the
 * full slash command or {@code /mentor edit}.
 */
final class SignupForm {
  static final String ID_PREFIX = "mentorbot:signup:";

  private record Input(
      String name, String label, TextInputStyle style, boolean required, String hint) {}

  private static final List<Input> MENTOR =
      List.of(
          new Input("topics", "Topics you mentor in", TextInputStyle.SHORT, true, "java, career"),
          new Input("years", "Years of experience", TextInputStyle.SHORT, false, "8"),
          new Input("tz", "Timezone", TextInputStyle.SHORT, false, "Europe/Berlin or UTC+05:30"),
          new Input("capacity", "Mentees at once (1-5)", TextInputStyle.SHORT, false, "1"),
          new Input("bio", "A few words about you", TextInputStyle.PARAGRAPH, false, ""));

  private static final List<Input> MENTEE =
      List.of(
          new Input("topics", "Topics you want help with", TextInputStyle.SHORT, true, "java"),
          new Input("goals", "What you want to achieve", TextInputStyle.PARAGRAPH, true, ""),
          new Input("years", "Years of experience", TextInputStyle.SHORT, false, "1"),
          new Input("tz", "Timezone", TextInputStyle.SHORT, false, "Europe/Berlin or UTC+05:30"),
          new Input("languages", "Languages", TextInputStyle.SHORT, false, "english, german"));

  private SignupForm() {}

  static boolean isSignup(String root, String sub) {
    return root.equals("mentor") && sub.equals("signup");
  }

  /** Whether a signup command lacks what only the form asks for. */
  static boolean needsForm(RawCommand command) {
    return isSignup(command.root(), command.sub())
        && command.named().containsKey("role")
        && !command.named().containsKey("topics");
  }

  static Modal modal(RawCommand command) {
    String role = command.named().get("role");
    List<Input> inputs = role.equals("mentor") ? MENTOR : MENTEE;
    Modal.Builder modal = Modal.create(ID_PREFIX + role, "Sign up as a " + role);
    for (Input input : inputs) {
      TextInput.Builder field =
          TextInput.create(input.name(), input.style())
              .setRequired(input.required())
              .setMaxLength(input.style() == TextInputStyle.PARAGRAPH ? 2000 : 200);
      if (!input.hint().isBlank()) {
        field.setPlaceholder(input.hint());
      }
      Optional.ofNullable(command.named().get(input.name()))
          .filter(v -> !v.isBlank())
          .map(v -> DiscordText.clip(v, field.getMaxLength()))
          .ifPresent(field::setValue);
      modal.addComponents(Label.of(input.label(), field.build()));
    }
    return modal.build();
  }

  /** The submitted form as the signup command, or empty for a modal that is not ours. */
  static Optional<RawCommand> fromSubmission(String modalId, List<ModalMapping> values) {
    if (!modalId.startsWith(ID_PREFIX)) {
      return Optional.empty();
    }
    String role = modalId.substring(ID_PREFIX.length());
    if (!role.equals("mentor") && !role.equals("mentee")) {
      return Optional.empty();
    }
    Map<String, String> named = new LinkedHashMap<>();
    named.put("role", role);
    for (ModalMapping value : values) {
      String text = value.getAsString().strip();
      if (!text.isEmpty()) {
        named.put(value.getCustomId(), text);
      }
    }
    return Optional.of(new RawCommand("mentor", "signup", List.of(), named));
  }
}
