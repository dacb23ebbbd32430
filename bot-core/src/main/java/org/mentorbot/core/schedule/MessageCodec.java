package org.mentorbot.core.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;

/**
 * Stores outbox destinations and messages as JSON. The format is written out by hand, not derived
 * from the records by reflection, so renaming a record component cannot silently orphan rows that
 * were written by an older version. Encoding is deterministic (the same destination always gives
 * the same text), which the dispatcher relies on to keep each recipient's messages in order.
 *
 * <pre>
 * destination: {"kind":"dm","user":"U1"} | {"kind":"channel","channel":"C1"}
 *            | {"kind":"conversation","users":["U1","U2"]}
 * message:     {"title":"","text":"..","fields":[{"name":"..","value":".."}],
 *               "buttons":[{"label":"..","action":"..","style":"primary"}],
 *               "mentions":["U1"],  (sorted)
 *               "attachment":{"fileName":"..","mediaType":"..","content":"base64"}}  (optional)
 * </pre>
 */
public final class MessageCodec {

  private final ObjectMapper json = new ObjectMapper();

  public String encode(Destination destination) {
    ObjectNode node = json.createObjectNode();
    // Java 17 has no pattern switch; the sealed interface keeps this chain complete.
    if (destination instanceof Destination.DirectMessage dm) {
      node.put("kind", "dm").put("user", dm.userId());
    } else if (destination instanceof Destination.Channel channel) {
      node.put("kind", "channel").put("channel", channel.channelId());
    } else if (destination instanceof Destination.Conversation conversation) {
      node.put("kind", "conversation");
      ArrayNode users = node.putArray("users");
      conversation.userIds().forEach(users::add);
      conversation.placeIn().ifPresent(channel -> node.put("placeIn", channel));
    } else {
      throw new IllegalArgumentException("unknown destination type " + destination.getClass());
    }
    return node.toString();
  }

  public Destination decodeDestination(String text) {
    JsonNode node = parse(text, "destination");
    String kind = text(node, "kind", "destination");
    return switch (kind) {
      case "dm" -> new Destination.DirectMessage(text(node, "user", "dm destination"));
      case "channel" -> new Destination.Channel(text(node, "channel", "channel destination"));
      case "conversation" ->
          new Destination.Conversation(
              strings(node, "users", "conversation"),
              Optional.ofNullable(node.get("placeIn")).map(JsonNode::asText));
      default -> throw new IllegalArgumentException("unknown destination kind '" + kind + "'");
    };
  }

  public String encode(Message message) {
    ObjectNode node = json.createObjectNode();
    node.put("title", message.title());
    node.put("text", message.text());
    ArrayNode fields = node.putArray("fields");
    for (Field field : message.fields()) {
      fields.addObject().put("name", field.name()).put("value", field.value());
    }
    ArrayNode buttons = node.putArray("buttons");
    for (Button button : message.buttons()) {
      buttons
          .addObject()
          .put("label", button.label())
          .put("action", button.actionId())
          .put("style", button.style().name().toLowerCase(Locale.ROOT));
    }
    ArrayNode mentions = node.putArray("mentions");
    new TreeSet<>(message.mentions()).forEach(mentions::add);
    message
        .attachment()
        .ifPresent(
            attachment ->
                node.putObject("attachment")
                    .put("fileName", attachment.fileName())
                    .put("mediaType", attachment.mediaType())
                    .put("content", Base64.getEncoder().encodeToString(attachment.content())));
    return node.toString();
  }

  public Message decodeMessage(String text) {
    JsonNode node = parse(text, "message");
    List<Field> fields = new ArrayList<>();
    for (JsonNode field : array(node, "fields", "message")) {
      fields.add(new Field(text(field, "name", "field"), text(field, "value", "field")));
    }
    List<Button> buttons = new ArrayList<>();
    for (JsonNode button : array(node, "buttons", "message")) {
      String style = text(button, "style", "button");
      Button.Style parsed;
      try {
        parsed = Button.Style.valueOf(style.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown button style '" + style + "'", e);
      }
      buttons.add(
          new Button(text(button, "label", "button"), text(button, "action", "button"), parsed));
    }
    Optional<Attachment> attachment = Optional.empty();
    JsonNode file = node.get("attachment");
    if (file != null && !file.isNull()) {
      byte[] content;
      try {
        content = Base64.getDecoder().decode(text(file, "content", "attachment"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("attachment content is not valid base64", e);
      }
      attachment =
          Optional.of(
              new Attachment(
                  text(file, "fileName", "attachment"),
                  text(file, "mediaType", "attachment"),
                  content));
    }
    return new Message(
        text(node, "title", "message"),
        text(node, "text", "message"),
        fields,
        buttons,
        new TreeSet<>(strings(node, "mentions", "message")),
        attachment);
  }

  private JsonNode parse(String text, String what) {
    try {
      JsonNode node = json.readTree(text);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(what + " must be a JSON object: " + abbreviate(text));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          what + " is not valid JSON (" + e.getOriginalMessage() + "): " + abbreviate(text), e);
    }
  }

  private static String text(JsonNode node, String name, String what) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(what + " needs a text '" + name + "'");
    }
    return value.textValue();
  }

  private static JsonNode array(JsonNode node, String name, String what) {
    JsonNode value = node.get(name);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException(what + " needs an array '" + name + "'");
    }
    return value;
  }

  private static List<String> strings(JsonNode node, String name, String what) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : array(node, name, what)) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException(what + " '" + name + "' must hold only text");
      }
      values.add(item.textValue());
    }
    return values;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
