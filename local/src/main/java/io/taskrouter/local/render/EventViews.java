package io.taskrouter.local.render;

import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.wire.generated.EventListSource;
import io.taskrouter.local.wire.generated.EventSource;
import io.taskrouter.local.wire.generated.ListMetaSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Events as the generated writers read them. */
public final class EventViews {
  private EventViews() {}

  public record EventView(Links urls, WorkspaceState ws, Event event) implements EventSource {
    @Override public String accountSid() { return ws.accountSid(); }
    @Override public String actorSid() { return event.actor().sid(); }
    @Override public String actorType() { return event.actor().type(); }

    @Override
    public @Nullable String actorUrl() {
      String path = event.actor().urlPath();
      return path == null ? null : urls.url(path);
    }

    @Override public String description() { return event.description(); }
    @Override public Map<String, ?> eventData() { return event.data(); }
    @Override public Instant eventDate() { return event.date(); }
    @Override public Long eventDateMs() { return event.date().toEpochMilli(); }
    @Override public String eventType() { return event.type(); }
    @Override public String resourceSid() { return event.resourceSid(); }
    @Override public String resourceType() { return event.resourceType(); }
    @Override public String resourceUrl() { return urls.url(event.resourcePath()); }
    @Override public String sid() { return event.sid(); }
    @Override public String source() { return event.actor().source(); }
    @Override public @Nullable String sourceIpAddress() { return event.actor().sourceIpAddress(); }
    @Override public String url() { return urls.member(ws.sid(), "Events", event.sid()); }
    @Override public String workspaceSid() { return ws.sid(); }
  }

  public record EventList(List<EventView> events, ListMetaSource meta) implements EventListSource {}
}
