package org.mentorbot.slack.input;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link MemberDirectory} from {@code users.list}, read page by page and cached as a whole: only
 * commands carrying a plain {@code @name} (an app installed from an older manifest) need it, and
 * {@code users.list} is rate-limited, so one read serves every such command for {@code ttl}.
 */
public final class SlackMemberDirectory implements MemberDirectory {

  private static final String ALL = "all";
  private static final int PAGE = 200;
  private static final int MAX_PAGES = 250;

  private final MethodsClient client;
  private final LoadingCache<String, Map<String, Set<String>>> byName;

  public SlackMemberDirectory(MethodsClient client, Duration ttl) {
    this.client = client;
    this.byName = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1).build(k -> load());
  }

  @Override
  public List<String> idsNamed(String name) {
    Set<String> ids = byName.get(ALL).get(name.toLowerCase(Locale.ROOT));
    return ids == null ? List.of() : List.copyOf(ids);
  }

  private Map<String, Set<String>> load() {
    Map<String, Set<String>> names = new HashMap<>();
    String cursor = "";
    for (int page = 0; page < MAX_PAGES; page++) {
      String from = cursor;
      UsersListResponse response;
      try {
        response = client.usersList(r -> r.limit(PAGE).cursor(from.isEmpty() ? null : from));
      } catch (IOException | SlackApiException e) {
        throw new IllegalStateException("users.list failed: " + e.getMessage(), e);
      }
      if (!response.isOk()) {
        throw new IllegalStateException("users.list: " + response.getError());
      }
      for (User user : response.getMembers() == null ? List.<User>of() : response.getMembers()) {
        if (user.isDeleted()) {
          continue;
        }
        for (String name : namesOf(user)) {
          names.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(user.getId());
        }
      }
      cursor =
          response.getResponseMetadata() == null
                  || response.getResponseMetadata().getNextCursor() == null
              ? ""
              : response.getResponseMetadata().getNextCursor();
      if (cursor.isEmpty()) {
        break;
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    names.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }

  private static List<String> namesOf(User user) {
    List<String> names = new ArrayList<>();
    add(names, user.getName());
    add(names, user.getRealName());
    if (user.getProfile() != null) {
      add(names, user.getProfile().getDisplayName());
      add(names, user.getProfile().getRealName());
    }
    return names;
  }

  private static void add(List<String> names, String name) {
    if (name != null && !name.isBlank()) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      if (!names.contains(key)) {
        names.add(key);
      }
    }
  }
}
