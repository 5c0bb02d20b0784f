#pragma once
// The bot's own user (hikari.events.user_events).

#include <hikari/events/event.hpp>
#include <hikari/model/user.hpp>

#include <optional>

namespace hikari {

/// USER_UPDATE: the bot's user changed. Sent without any intent.
class OwnUserUpdateEvent : public EventType<OwnUserUpdateEvent> {
  public:
    User user;
    std::optional<User> old;
};

}  // namespace hikari
