package org.mentorbot.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.ViewState;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.RawCommand;

class CommandFormTest {

  private static ViewState.Value value(String text) {
    ViewState.Value v = new ViewState.Value();
    v.setValue(text);
    return v;
  }

  @Test
  void everyOptionBecomesAnInputTypedAfterIt() {
    CommandSpec signup = Catalogue.get("mentor", "signup");

    var view = CommandForm.modal(signup, "C1");

    assertThat(view.getBlocks()).hasSize(signup.options().size());
    String json = com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(view);
    assertThat(json)
        .contains("\"type\":\"static_select\"", "\"type\":\"number_input\"")
        .contains("\"min_value\":\"1\"", "\"max_value\":\"5\"");
    assertThat(CommandForm.specOf(view.getCallbackId())).contains(signup);
  }

  @Test
  void typedValuesComeBackInTheTextFormsSyntax() {
    CommandSpec feedback = Catalogue.get("mentor", "feedback");
    ViewState.Value user = new ViewState.Value();
    user.setSelectedUser("U2");
    ViewState state =
        new ViewState(
            Map.of(
                "user", Map.of("user", user),
                "rating", Map.of("rating", value("4")),
                "comment", Map.of("comment", value("   "))));

    RawCommand command = CommandForm.toCommand(feedback, state);

    assertThat(command.named()).isEqualTo(Map.of("user", "<@U2>", "rating", "4"));
    assertThat(command.positionals()).isEmpty();
  }

  @Test
  void aProblemIsPinnedToTheInputItNames() {
    CommandSpec signup = Catalogue.get("mentor", "signup");

    assertThat(CommandForm.inputNamedIn(signup, "`/mentor signup` needs `topics:`"))
        .contains("topics");
    assertThat(CommandForm.inputNamedIn(signup, "You are already on the roster.")).isEmpty();
    assertThat(CommandForm.specOf("someone-else:mentor:signup")).isEmpty();
  }
}
