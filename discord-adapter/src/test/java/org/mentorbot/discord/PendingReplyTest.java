package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.FormField;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.render.MessageRenderer;

/**
 * What {@link PendingReply} asks of Discord for each answer, in order, against a recording
 * interaction (JDK proxies of JDA's callback interfaces; each queued request succeeds unless the
 * test refuses it). The same paths run on the real JDA in {@link InteractionLifecycleTest}; these
 * take microseconds, so PIT runs them for every mutant.
 */
class PendingReplyTest {

  private static final String APOLOGY = "Something went wrong showing the answer on Discord";

  private final MessageRenderer renderer = new MessageRenderer();
  private final List<String> sent = new ArrayList<>();
  private final Map<String, Throwable> refusals = new java.util.HashMap<>();

  /** Requests sent to Discord, one line each: what, the text shown, and who sees it. */
  private List<String> sent() {
    return sent;
  }

  @Test
  void aFastPublicAnswerIsTheReplyItselfShownToEveryone() {
    pending(false).answer(Reply.publicly(Message.of("Published 12 matches.")));

    assertThat(sent()).containsExactly("reply Published 12 matches. public");
  }

  @Test
  void aFastPrivateAnswerIsAnEphemeralReply() {
    pending(false).answer(Reply.privately("Your note was saved."));

    assertThat(sent()).containsExactly("reply Your note was saved. ephemeral");
  }

  @Test
  void aSlowAnswerIsDeferredPrivatelyOnceAndOnlyWhileNothingWasSent() {
    PendingReply reply = pending(false);
    reply.deferIfWaiting();
    reply.deferIfWaiting();
    reply.answer(Reply.privately("done"));
    reply.deferIfWaiting();

    assertThat(sent()).containsExactly("defer ephemeral", "edit done");

    sent.clear();
    PendingReply answered = pending(false);
    answered.answer(Reply.privately("fast"));
    answered.deferIfWaiting();
    assertThat(sent()).containsExactly("reply fast ephemeral");
  }

  @Test
  void aSlowPrivateAnswerReplacesThePrivatePlaceholderAndIsNeverPostedPublicly() {
    PendingReply reply = pending(false);
    reply.deferIfWaiting();
    reply.answer(Reply.privately("Your confidential note was saved."));

    assertThat(sent()).containsExactly("defer ephemeral", "edit Your confidential note was saved.");
  }

  @Test
  void aSlowPublicAnswerPointsThePlaceholderBelowAndFollowsUpForEveryone() {
    PendingReply reply = pending(false);
    reply.deferIfWaiting();
    reply.answer(Reply.publicly(Message.of("Published 12 matches.")));

    assertThat(sent())
        .containsExactly(
            "defer ephemeral", "edit Done; posted below.", "followup Published 12 matches. public");
  }

  @Test
  void aLongAnswerContinuesInFollowUpsInOrderKeepingItsVisibility() {
    Message longOne = Message.of(("A long line of text. ".repeat(40) + "\n").repeat(20));
    List<String> parts = renderer.render(longOne).stream().map(PendingReplyTest::shown).toList();
    assertThat(parts).hasSizeGreaterThan(2);

    pending(false).answer(Reply.publicly(longOne));
    List<String> expectedNow = new ArrayList<>();
    expectedNow.add("reply " + parts.get(0) + " public");
    parts.subList(1, parts.size()).forEach(p -> expectedNow.add("followup " + p + " public"));
    assertThat(sent()).containsExactlyElementsOf(expectedNow);

    sent.clear();
    PendingReply slow = pending(false);
    slow.deferIfWaiting();
    slow.answer(Reply.privately(longOne));
    List<String> expectedLater =
        new ArrayList<>(List.of("defer ephemeral", "edit " + parts.get(0)));
    parts.subList(1, parts.size()).forEach(p -> expectedLater.add("followup " + p + " ephemeral"));
    assertThat(sent()).containsExactlyElementsOf(expectedLater);

    sent.clear();
    PendingReply slowPublic = pending(false);
    slowPublic.deferIfWaiting();
    slowPublic.answer(Reply.publicly(longOne));
    List<String> expectedPublic =
        new ArrayList<>(List.of("defer ephemeral", "edit Done; posted below."));
    parts.forEach(p -> expectedPublic.add("followup " + p + " public"));
    assertThat(sent()).containsExactlyElementsOf(expectedPublic);
  }

  @Test
  void aSecondAnswerToTheSameInteractionIsIgnored() {
    PendingReply reply = pending(false);
    reply.answer(Reply.privately("first"));
    reply.answer(Reply.publicly(Message.of("second")));

    assertThat(sent()).containsExactly("reply first ephemeral");
  }

  @Test
  void aProblemIsAlwaysPrivate() {
    pending(false).answer(Reply.problem("That round is closed.", "Open a new one."));

    assertThat(sent()).singleElement().asString().startsWith("reply ").endsWith(" ephemeral");
  }

  @Test
  void aFormOpensAsAModalWhenItIsTheFirstAnswerOfAnInteractionThatCanTakeOne() {
    pending(true).answer(form());

    assertThat(sent()).singleElement().asString().startsWith("modal mentorbot:form:queue:join");
  }

  @Test
  void aFormAfterADeferralOrWhereNoModalCanOpenShowsHowToRunTheCommandPrivately() {
    PendingReply deferred = pending(true);
    deferred.deferIfWaiting();
    deferred.answer(form());
    assertThat(sent()).containsExactly("defer ephemeral", "edit Run /queue join by hand.");

    sent.clear();
    pending(false).answer(form());
    assertThat(sent()).containsExactly("reply Run /queue join by hand. ephemeral");
  }

  @Test
  void aReplyDiscordRefusesIsReplacedByAPrivateApology() {
    refusals.put("reply", refusal(ErrorResponse.INVALID_FORM_BODY));

    pending(false).answer(Reply.publicly(Message.of("Published 12 matches.")));

    assertThat(sent()).hasSize(2);
    assertThat(sent().get(0)).isEqualTo("reply Published 12 matches. public");
    assertThat(sent().get(1)).startsWith("reply " + APOLOGY).endsWith(" ephemeral");
  }

  @Test
  void aDeferredAnswerDiscordRefusesEditsThePlaceholderIntoAnApology() {
    refusals.put("edit", refusal(ErrorResponse.INVALID_FORM_BODY));
    PendingReply reply = pending(false);
    reply.deferIfWaiting();

    reply.answer(Reply.privately("Your note was saved."));

    assertThat(sent()).hasSize(3);
    assertThat(sent().get(1)).isEqualTo("edit Your note was saved.");
    assertThat(sent().get(2)).startsWith("edit " + APOLOGY);
  }

  @Test
  void aServerErrorOrALostConnectionGetsNoApologyThatWouldFailTheSameWay() {
    refusals.put("reply", refusal(ErrorResponse.SERVER_ERROR));
    pending(false).answer(Reply.privately("one"));
    assertThat(sent()).containsExactly("reply one ephemeral");

    sent.clear();
    refusals.put("reply", new IOException("connection reset"));
    pending(false).answer(Reply.privately("two"));
    assertThat(sent()).containsExactly("reply two ephemeral");
  }

  @Test
  void aFollowUpIsSentOnlyAfterThePartBeforeItArrived() {
    Message longOne = Message.of(("A long line of text. ".repeat(40) + "\n").repeat(20));
    refusals.put("reply", new IOException("connection reset"));

    pending(false).answer(Reply.publicly(longOne));

    assertThat(sent()).hasSize(1);
    assertThat(sent().get(0)).startsWith("reply ");
  }

  // --- the recording interaction ---

  private PendingReply pending(boolean canTakeModal) {
    Class<?>[] types =
        canTakeModal
            ? new Class<?>[] {IReplyCallback.class, IModalCallback.class}
            : new Class<?>[] {IReplyCallback.class};
    IReplyCallback interaction =
        (IReplyCallback)
            Proxy.newProxyInstance(getClass().getClassLoader(), types, new Interaction());
    return new PendingReply(interaction, renderer);
  }

  private static Reply.Form form() {
    return new Reply.Form(
        "Join office hours #3",
        "Office hours with a mentor.",
        "Join the queue",
        "queue",
        "join",
        Map.of("session", "3"),
        List.of(new FormField("question", "What do you need help with?", "", true, 500, true)),
        Message.of("Run /queue join by hand."));
  }

  private static Throwable refusal(ErrorResponse error) {
    // A response Discord answered (an HTTP status, no body): unlike a lost connection, it has a
    // code.
    int status = error == ErrorResponse.SERVER_ERROR ? 500 : 400;
    return ErrorResponseException.create(
        error, new Response((okhttp3.Response) null, status, error.name(), -1, Set.of()));
  }

  private static String shown(Object data) {
    if (data instanceof MessageCreateData create) {
      return create.getContent().isBlank()
          ? create.getEmbeds().get(0).getDescription()
          : create.getContent();
    }
    MessageEditData edit = (MessageEditData) data;
    return edit.getContent().isBlank()
        ? edit.getEmbeds().get(0).getDescription()
        : edit.getContent();
  }

  /** The interaction and its hook: each request becomes an action that records when queued. */
  private final class Interaction implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      return switch (method.getName()) {
        case "getId" -> "4242";
        case "getIdLong" -> 4242L;
        case "deferReply" ->
            proxy(method.getReturnType(), new Action("defer", null, (Boolean) args[0]));
        case "reply" -> action(method, "reply", shown(args[0]));
        case "replyModal" -> action(method, "modal", ((Modal) args[0]).getId());
        case "getHook" -> proxy(InteractionHook.class, this);
        case "editOriginal" -> action(method, "edit", shown(args[0]));
        case "sendMessage" -> action(method, "followup", shown(args[0]));
        case "toString" -> "recording interaction";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      };
    }

    private Object action(Method method, String what, String text) {
      return proxy(method.getReturnType(), new Action(what, text, null));
    }
  }

  /** One request: {@code setEphemeral} is noted, {@code queue} sends it. */
  private final class Action implements InvocationHandler {
    private final String what;
    private final String text;
    private Boolean ephemeral;

    Action(String what, String text, Boolean ephemeral) {
      this.what = what;
      this.text = text;
      this.ephemeral = ephemeral;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) {
      switch (method.getName()) {
        case "setEphemeral" -> {
          ephemeral = (Boolean) args[0];
          return proxy;
        }
        case "queue" -> {
          sent.add(
              what
                  + (text == null ? "" : " " + text)
                  + (ephemeral == null ? "" : ephemeral ? " ephemeral" : " public"));
          Throwable refused = refusals.remove(what);
          if (refused != null) {
            ((Consumer<Throwable>) args[1]).accept(refused);
          } else if (args[0] != null) {
            ((Consumer<Object>) args[0]).accept(null);
          }
          return null;
        }
        case "toString" -> {
          return what;
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        case "equals" -> {
          return proxy == args[0];
        }
        default -> throw new UnsupportedOperationException(method.getName());
      }
    }
  }

  private static Object proxy(Class<?> type, InvocationHandler handler) {
    return Proxy.newProxyInstance(
        PendingReplyTest.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
