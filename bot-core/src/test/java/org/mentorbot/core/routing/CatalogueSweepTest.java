package org.mentorbot.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.*;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Every command of the catalogue once, through the whole core. Kept apart from {@link
 * CommandRouterTest} because it takes seconds: PIT runs the router's own tests for each mutant, and
 * this sweep would be most of that time for little more killing power.
 */
class CatalogueSweepTest {

  private final TestCommunity community = new TestCommunity();

  @AfterEach
  void close() {
    community.close();
  }

  @Test
  void everyCatalogueCommandHasAHandlerAndAnswersWithoutFailing() {
    for (CommandSpec spec : Catalogue.all()) {
      Reply reply = community.run("mod", spec.root(), spec.sub());
      String text =
          reply instanceof Reply.Problem p
              ? p.text()
              : TestCommunity.flatten(((Reply.Shown) reply).message());
      assertThat(text)
          .as(spec.path())
          .doesNotContain("not available yet")
          .doesNotContain("went wrong");
    }
  }
}
