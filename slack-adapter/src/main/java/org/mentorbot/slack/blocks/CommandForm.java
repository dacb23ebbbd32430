package org.mentorbot.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ConversationsSelectElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.NumberInputElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.FormField;
import org.mentorbot.core.command.OptionSpec;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;

/**
 * A modal form for one catalogue command (the sign-up form): one input per option, typed after the
 * option's {@link org.mentorbot.core.command.OptionType}, and back from the submitted state to a
 * {@link RawCommand} the core validates like any other command. Block and action ids are the option
 * names.
 */
public final class CommandForm {

  /** Callback ids look like {@code mentorbot-form:mentor:signup}. */
  public static final String CALLBACK_PREFIX = "mentorbot-form:";

  private static final Pattern PAIRS = Pattern.compile("&");

  private CommandForm() {}

  public static String callbackId(CommandSpec spec) {
    return CALLBACK_PREFIX + spec.root() + ":" + spec.sub();
  }

  /** The command a submitted form belongs to, if the callback id is one of ours. */
  public static Optional<CommandSpec> specOf(String callbackId) {
    if (callbackId == null || !callbackId.startsWith(CALLBACK_PREFIX)) {
      return Optional.empty();
    }
    String[] parts = callbackId.substring(CALLBACK_PREFIX.length()).split(":", 2);
    return parts.length == 2 ? Catalogue.find(parts[0], parts[1]) : Optional.empty();
  }

  /**
   * The modal; {@code privateMetadata} travels back with the submission (the channel). Every text
   * is clipped to its Block Kit limit; a form Slack cannot show at all (more inputs than a modal
   * holds, a choice list longer than a select takes) is {@link UnrenderableMessage}.
   */
  public static View modal(CommandSpec spec, String privateMetadata) {
    if (spec.options().size() > SlackLimits.VIEW_BLOCKS) {
      throw new UnrenderableMessage(
          "the form has "
              + spec.options().size()
              + " inputs; a Slack modal holds "
              + SlackLimits.VIEW_BLOCKS);
    }
    if (privateMetadata.length() > SlackLimits.VIEW_PRIVATE_METADATA) {
      throw new UnrenderableMessage("the form's context is too long for Slack");
    }
    List<LayoutBlock> blocks = spec.options().stream().map(CommandForm::input).toList();
    return View.builder()
        .type("modal")
        .callbackId(callbackId(spec))
        .title(ViewTitle.builder().type("plain_text").text(title(spec)).build())
        .submit(ViewSubmit.builder().type("plain_text").text("Submit").build())
        .close(ViewClose.builder().type("plain_text").text("Cancel").build())
        .privateMetadata(privateMetadata)
        .blocks(blocks)
        .build();
  }

  /**
   * A core {@link Reply.Form} (the office-hours Join button's question) as a modal: its intro as a
   * section, one plain-text input per field, clipped to Slack's limits ({@code max_length} never
   * above the form's own). The callback id names the command; {@code private_metadata} carries the
   * channel and the form's fixed options, so the submission runs the command with them.
   */
  public static View modal(Reply.Form form, String channelId) {
    String metadata = metadata(channelId, form.fixed());
    if (metadata.length() > SlackLimits.VIEW_PRIVATE_METADATA
        || form.fields().size() + 1 > SlackLimits.VIEW_BLOCKS) {
      throw new UnrenderableMessage("the form does not fit in a Slack modal");
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!form.intro().isBlank()) {
      blocks.add(
          SectionBlock.builder()
              .text(
                  MarkdownTextObject.builder()
                      .text(
                          SlackText.truncate(
                              SlackText.mrkdwn(form.intro(), SlackText.mentionsIn(form.intro())),
                              SlackLimits.SECTION_TEXT))
                      .build())
              .build());
    }
    form.fields().stream().map(CommandForm::input).forEach(blocks::add);
    return View.builder()
        .type("modal")
        .callbackId(CALLBACK_PREFIX + form.root() + ":" + form.sub())
        .title(
            ViewTitle.builder()
                .type("plain_text")
                .text(MessageBlocks.plain(form.title(), SlackLimits.VIEW_TITLE))
                .build())
        .submit(
            ViewSubmit.builder()
                .type("plain_text")
                .text(MessageBlocks.plain(form.submit(), SlackLimits.VIEW_BUTTON))
                .build())
        .close(ViewClose.builder().type("plain_text").text("Cancel").build())
        .privateMetadata(metadata)
        .blocks(blocks)
        .build();
  }

  private static LayoutBlock input(FormField field) {
    PlainTextInputElement.PlainTextInputElementBuilder element =
        PlainTextInputElement.builder()
            .actionId(field.option())
            .multiline(field.multiline())
            .maxLength(Math.min(field.maxLength(), SlackLimits.TEXT_INPUT_LENGTH));
    if (!field.placeholder().isBlank()) {
      element.placeholder(
          plainText(MessageBlocks.plain(field.placeholder(), SlackLimits.PLACEHOLDER)));
    }
    return InputBlock.builder()
        .blockId(field.option())
        .label(plainText(MessageBlocks.plain(field.label(), SlackLimits.INPUT_LABEL)))
        .optional(!field.required())
        .element(element.build())
        .build();
  }

  /**
   * {@code private_metadata}: the channel, then (after a line break) the fixed options as {@code
   * name=value&...}, URL-encoded. The sign-up form's metadata is the channel alone.
   */
  public static String metadata(String channelId, Map<String, String> fixed) {
    String channel = channelId == null ? "" : channelId;
    if (fixed.isEmpty()) {
      return channel;
    }
    List<String> pairs = new ArrayList<>();
    new TreeMap<>(fixed)
        .forEach(
            (k, v) ->
                pairs.add(
                    URLEncoder.encode(k, StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return channel + "\n" + String.join("&", pairs);
  }

  /** The channel a form's {@code private_metadata} names (blank: the Home tab). */
  public static String channelOf(String metadata) {
    if (metadata == null) {
      return "";
    }
    int nl = metadata.indexOf('\n');
    return nl < 0 ? metadata : metadata.substring(0, nl);
  }

  /** The fixed options a form's {@code private_metadata} carries; none for a malformed one. */
  public static Map<String, String> fixedOf(String metadata) {
    Map<String, String> fixed = new LinkedHashMap<>();
    int nl = metadata == null ? -1 : metadata.indexOf('\n');
    if (nl < 0) {
      return fixed;
    }
    try {
      for (String pair : PAIRS.split(metadata.substring(nl + 1), -1)) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          fixed.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    } catch (IllegalArgumentException malformed) {
      return Map.of();
    }
    return fixed;
  }

  private static String title(CommandSpec spec) {
    return MessageBlocks.plain(spec.path(), SlackLimits.VIEW_TITLE);
  }

  private static LayoutBlock input(OptionSpec option) {
    return InputBlock.builder()
        .blockId(option.name())
        .label(plainText(MessageBlocks.plain(option.name(), SlackLimits.INPUT_LABEL)))
        .hint(plainText(MessageBlocks.plain(option.description(), SlackLimits.INPUT_HINT)))
        .optional(!option.required())
        .element(element(option))
        .build();
  }

  private static BlockElement element(OptionSpec option) {
    String id = option.name();
    return switch (option.type()) {
      case CHOICE ->
          StaticSelectElement.builder()
              .actionId(id)
              .placeholder(plainText("Choose"))
              .options(choices(option))
              .build();
      case TEXT ->
          PlainTextInputElement.builder()
              .actionId(id)
              .multiline(option.max() > 200)
              .maxLength(Math.min(option.max(), SlackLimits.TEXT_INPUT_LENGTH))
              .build();
      case INTEGER ->
          NumberInputElement.builder()
              .actionId(id)
              .decimalAllowed(false)
              .minValue(String.valueOf(option.min()))
              .maxValue(String.valueOf(option.max()))
              .build();
      case DATE -> DatePickerElement.builder().actionId(id).build();
      case TIME -> TimePickerElement.builder().actionId(id).build();
      case USER -> UsersSelectElement.builder().actionId(id).build();
      case CHANNEL -> ConversationsSelectElement.builder().actionId(id).build();
      case LIST ->
          PlainTextInputElement.builder()
              .actionId(id)
              .placeholder(plainText("comma-separated, e.g. java, career"))
              .build();
      case ZONE ->
          PlainTextInputElement.builder()
              .actionId(id)
              .placeholder(plainText("e.g. Europe/Berlin or UTC+05:30"))
              .build();
      case ROLE -> PlainTextInputElement.builder().actionId(id).build();
    };
  }

  private static List<OptionObject> choices(OptionSpec option) {
    if (option.choices().size() > SlackLimits.SELECT_OPTIONS) {
      throw new UnrenderableMessage(
          "`"
              + option.name()
              + "` has "
              + option.choices().size()
              + " choices; a Slack select"
              + " holds "
              + SlackLimits.SELECT_OPTIONS);
    }
    return option.choices().stream().map(CommandForm::choice).toList();
  }

  private static OptionObject choice(String value) {
    if (value.length() > SlackLimits.OPTION_VALUE) {
      throw new UnrenderableMessage("a choice is longer than a Slack select's value can be");
    }
    return OptionObject.builder()
        .text(plainText(MessageBlocks.plain(value, SlackLimits.OPTION_TEXT)))
        .value(value)
        .build();
  }

  /**
   * The submitted values as a command, every option given by name. Empty inputs are left out, so
   * the core's own validation reports what is missing.
   */
  public static RawCommand toCommand(CommandSpec spec, ViewState state) {
    Map<String, String> named = new LinkedHashMap<>();
    Map<String, Map<String, ViewState.Value>> values =
        state == null || state.getValues() == null ? Map.of() : state.getValues();
    for (OptionSpec option : spec.options()) {
      Optional.ofNullable(values.get(option.name()))
          .map(block -> block.get(option.name()))
          .flatMap(CommandForm::valueOf)
          .ifPresent(value -> named.put(option.name(), value));
    }
    return new RawCommand(spec.root(), spec.sub(), List.of(), named);
  }

  private static Optional<String> valueOf(ViewState.Value value) {
    String text;
    if (value.getSelectedOption() != null) {
      text = value.getSelectedOption().getValue();
    } else if (value.getSelectedDate() != null) {
      text = value.getSelectedDate();
    } else if (value.getSelectedTime() != null) {
      text = value.getSelectedTime();
    } else if (value.getSelectedUser() != null) {
      text = "<@" + value.getSelectedUser() + ">";
    } else if (value.getSelectedConversation() != null) {
      text = "<#" + value.getSelectedConversation() + ">";
    } else if (value.getSelectedChannel() != null) {
      text = "<#" + value.getSelectedChannel() + ">";
    } else {
      text = value.getValue();
    }
    return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** The input a problem is about, when the problem names one of the form's options. */
  public static Optional<String> inputNamedIn(CommandSpec spec, String problem) {
    return inputNamedIn(spec, Map.of(), problem);
  }

  /**
   * The input a problem is about, when the problem names one of the form's options that is an
   * input, not one of the {@code fixed} options it carries.
   */
  public static Optional<String> inputNamedIn(
      CommandSpec spec, Map<String, String> fixed, String problem) {
    String lower = problem.toLowerCase(Locale.ROOT);
    return spec.options().stream()
        .map(OptionSpec::name)
        .filter(name -> !fixed.containsKey(name))
        .filter(
            name ->
                Pattern.compile("(^|[^a-z0-9-])" + Pattern.quote(name) + "($|[^a-z0-9-])")
                    .matcher(lower)
                    .find())
        .findFirst();
  }
}
