package org.mentorbot.core.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.feature.PersonalData;

/** Collects and erases one member's data across every feature's {@link PersonalData}. */
final class Privacy {

  private final List<PersonalData> holders;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  Privacy(List<PersonalData> holders) {
    this.holders = List.copyOf(holders);
  }

  String exportJson(Handle handle, long communityId, String userId, Map<String, Object> header) {
    Map<String, Object> all = new LinkedHashMap<>(header);
    for (PersonalData holder : holders) {
      all.put(holder.section(), holder.export(handle, communityId, userId));
    }
    try {
      return json.writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("export is not serialisable", e);
    }
  }

  void erase(Handle tx, long communityId, String userId) {
    for (PersonalData holder : holders) {
      holder.erase(tx, communityId, userId);
    }
  }
}
