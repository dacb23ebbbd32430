package org.mentorbot.core.asks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.messaging.Destination;

/**
 * Asks the member sent or received, for export and forget-me. Erasing an open ask someone sent to
 * the member tells that asker kindly, as a decline would, so nobody waits for an answer that can no
 * longer come.
 */
final class AskData implements PersonalData {

  private final Asks asks;

  AskData(Asks asks) {
    this.asks = asks;
  }

  @Override
  public String section() {
    return "asks";
  }

  @Override
  public Object export(Handle handle, long communityId, String userId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Ask ask : asks.store().involving(handle, communityId, userId)) {
      boolean sent = ask.askerId().equals(userId);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("direction", sent ? "sent" : "received");
      row.put(sent ? "mentor" : "asker", sent ? ask.mentorId() : ask.askerId());
      row.put("question", ask.question());
      row.put("state", ask.state().column());
      row.put("createdAt", ask.createdAt().toString());
      row.put("expiresAt", ask.expiresAt().toString());
      row.put("answeredAt", ask.answeredAt().map(Object::toString).orElse(null));
      out.add(row);
    }
    return out;
  }

  /** The questions the member asked. */
  @Override
  public Set<String> writtenBy(Handle handle, long communityId, String userId) {
    Set<String> texts = new LinkedHashSet<>();
    for (Ask ask : asks.store().involving(handle, communityId, userId)) {
      if (ask.askerId().equals(userId)) {
        texts.add(ask.question());
      }
    }
    return texts;
  }

  @Override
  public void erase(Handle tx, long communityId, String userId) {
    List<Ask> involved = asks.store().involving(tx, communityId, userId);
    if (involved.isEmpty()) {
      return;
    }
    CommunityId community = asks.context().communities().byId(tx, communityId);
    for (Ask ask : involved) {
      if (!ask.open()) {
        continue;
      }
      asks.cancelExpiry(tx, community, ask);
      if (ask.mentorId().equals(userId)) {
        asks.context()
            .outbox()
            .enqueue(
                tx,
                community,
                new Destination.DirectMessage(ask.askerId()),
                AskMessages.declined(ask, asks.topicHint(tx, communityId, ask)),
                ask.key("declined"));
      }
    }
    asks.store().deleteInvolving(tx, communityId, userId);
  }
}
