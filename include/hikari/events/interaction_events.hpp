#pragma once
// Interactions received over the gateway (hikari.events.interaction_events).

#include <hikari/events/event.hpp>
#include <hikari/model/interaction.hpp>

namespace hikari {

/// INTERACTION_CREATE. Sent without any intent.
class InteractionCreateEvent : public EventType<InteractionCreateEvent> {
  public:
    Interaction interaction;
};

}  // namespace hikari
